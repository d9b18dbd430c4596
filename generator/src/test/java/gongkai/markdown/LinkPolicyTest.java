package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPolicyTest {
  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "https://www.gov.cn/zhengce/",
        "http://www.example.gov.cn/a?b=c#d",
        "HTTPS://WWW.GOV.CN/",
        "mailto:gk@example.gov.cn",
        "MailTo:gk@example.gov.cn",
        "tel:010-12345678",
        "#一-总体要求",
        "/gkml/2024/a/",
        "附件/统计表.xlsx",
        "../a.pdf",
        "//www.gov.cn/",
        "?page=2",
        "a/b:c",
        "",
      })
  void addressWithoutSchemeOrWithAWebSchemeIsKept(String url) {
    assertThat(LinkPolicy.allows(url)).isTrue();
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\u0000script:alert(1)",
        "java\u3000script:alert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd",
        "ftp://ftp.example.gov.cn/",
        "java%73cript:alert(1)",
        "x:y",
      })
  void scriptDataAndOtherSchemesAreRefused(String url) {
    assertThat(LinkPolicy.allows(url)).isFalse();
  }
}
