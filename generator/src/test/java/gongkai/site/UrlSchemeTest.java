package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.content.SiteConfig;
import gongkai.content.SiteConfigLoader;
import gongkai.content.SourceFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSchemeTest {
  private static final URI ROOT = URI.create("https://www.example.gov.cn/");
  private static final URI SUB_PATH = URI.create("https://www.example.gov.cn/jtj/");

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource({
    "https://www.example.gov.cn/,     STANDARD, gkml/2024/fazhi-report/, /gkml/2024/fazhi-report/",
    "https://www.example.gov.cn/,     CARE,     gkml/2024/fazhi-report/, /care/gkml/2024/fazhi-report/",
    "https://www.example.gov.cn/jtj/, STANDARD, gkml/2024/fazhi-report/, /jtj/gkml/2024/fazhi-report/",
    "https://www.example.gov.cn/jtj/, CARE,     gkml/2024/fazhi-report/, /jtj/care/gkml/2024/fazhi-report/",
    "https://www.example.gov.cn/,     STANDARD, '',                      /",
    "https://www.example.gov.cn/jtj/, STANDARD, '',                      /jtj/",
    "https://www.example.gov.cn/jtj/, CARE,     '',                      /jtj/care/",
    "https://www.example.gov.cn/jtj/, CARE,     404.html,                /jtj/care/404.html",
  })
  void hrefIsRootRelativeToTheBaseUrlsPath(URI base, Edition edition, String path, String expected) {
    assertThat(new UrlScheme(base, edition).href(path)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "https://www.example.gov.cn/,     STANDARD, https://www.example.gov.cn/gkml/2024/fazhi-report/",
    "https://www.example.gov.cn/,     CARE,     https://www.example.gov.cn/care/gkml/2024/fazhi-report/",
    "https://www.example.gov.cn/jtj/, STANDARD, https://www.example.gov.cn/jtj/gkml/2024/fazhi-report/",
    "https://www.example.gov.cn/jtj/, CARE,     https://www.example.gov.cn/jtj/care/gkml/2024/fazhi-report/",
    "http://localhost:8080/jtj/,      STANDARD, http://localhost:8080/jtj/gkml/2024/fazhi-report/",
  })
  void absoluteIsTheFullAddressInTheEdition(URI base, Edition edition, String expected) {
    assertThat(new UrlScheme(base, edition).absolute("gkml/2024/fazhi-report/")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"STANDARD", "CARE"})
  void canonicalIsTheStandardEditionsAddress(Edition edition) {
    assertThat(new UrlScheme(SUB_PATH, edition).canonical("gkml/2024/fazhi-report/"))
        .isEqualTo("https://www.example.gov.cn/jtj/gkml/2024/fazhi-report/");
  }

  @Test
  void counterpartHrefLinksToTheSamePlaceInTheOtherEdition() {
    assertThat(new UrlScheme(SUB_PATH, Edition.STANDARD).counterpartHref("gkml/")).isEqualTo("/jtj/care/gkml/");
    assertThat(new UrlScheme(SUB_PATH, Edition.CARE).counterpartHref("gkml/")).isEqualTo("/jtj/gkml/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"STANDARD", "CARE"})
  void sharedHrefIsTheSameInBothEditions(Edition edition) {
    assertThat(new UrlScheme(SUB_PATH, edition).sharedHref("assets/css/site.css")).isEqualTo("/jtj/assets/css/site.css");
  }

  @Test
  void basePathIsTheBaseUrlsPath() {
    assertThat(new UrlScheme(SUB_PATH, Edition.CARE).basePath()).isEqualTo("/jtj/");
    assertThat(new UrlScheme(ROOT, Edition.CARE).basePath()).isEqualTo("/");
  }

  @Test
  void chineseSlugIsPercentEncodedAsUtf8() {
    UrlScheme urls = new UrlScheme(SUB_PATH, Edition.CARE);

    assertThat(urls.href("xxgk/2024/年度报告/")).isEqualTo("/jtj/care/xxgk/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/");
    assertThat(urls.absolute("xxgk/2024/年度报告/"))
        .isEqualTo("https://www.example.gov.cn/jtj/care/xxgk/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/");
    assertThat(urls.canonical("xxgk/2024/年度报告/"))
        .isEqualTo("https://www.example.gov.cn/jtj/xxgk/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/");
  }

  // The base URL as site.yaml gives it, percent-encoded or not: its path is encoded exactly once.
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://example.gov.cn/%E4%BA%A4%E9%80%9A/", "https://example.gov.cn/%E4%BA%A4%E9%80%9A", "https://example.gov.cn/交通/"})
  void pageUnderANonAsciiBaseUrlPathIsEncodedOnce(String baseUrl) {
    Path siteYaml = Path.of("content", "site.yaml");
    SiteConfig config =
        SiteConfigLoader.load(new SourceFile(siteYaml, siteYaml, "site.yaml", "title: 示例\nbase_url: " + baseUrl + "\n"), null);
    UrlScheme urls = new UrlScheme(config.baseUrl(), Edition.STANDARD);

    assertThat(urls.absolute("gkml/2024/a/")).isEqualTo("https://example.gov.cn/%E4%BA%A4%E9%80%9A/gkml/2024/a/");
    assertThat(urls.href("")).isEqualTo("/%E4%BA%A4%E9%80%9A/");
  }

  @ParameterizedTest(name = "''{0}'' → ''{1}''")
  @CsvSource({
    "a-b_c.d~e/,  a-b_c.d~e/",
    "a b/,        a%20b/",
    "a+b/,        a%2Bb/",
    "a%b/,        a%25b/",
    "a?b#c/,      a%3Fb%23c/",
    "Ä/,          %C3%84/",
    "😀/,         %F0%9F%98%80/",
  })
  void everythingOutsideTheUnreservedSetIsPercentEncoded(String path, String expected) {
    assertThat(UrlScheme.encode(path)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ''{1}'' → {2}")
  @CsvSource({
    "STANDARD, '',                      index.html",
    "STANDARD, gkml/,                   gkml/index.html",
    "STANDARD, gkml/2024/fazhi-report/, gkml/2024/fazhi-report/index.html",
    "STANDARD, 404.html,                404.html",
    "CARE,     '',                      care/index.html",
    "CARE,     gkml/2024/fazhi-report/, care/gkml/2024/fazhi-report/index.html",
    "CARE,     404.html,                care/404.html",
    "STANDARD, xxgk/2024/年度报告/,      xxgk/2024/年度报告/index.html",
  })
  void outputFileGivesDirectoriesAnIndexHtml(Edition edition, String path, String expected) {
    assertThat(new UrlScheme(SUB_PATH, edition).outputFile(path)).isEqualTo(expected);
  }

  @Test
  void reportPathJoinsFoldersAndSlug() {
    assertThat(UrlScheme.reportPath(List.of("gkml", "2024"), "fazhi-report")).isEqualTo("gkml/2024/fazhi-report/");
    assertThat(UrlScheme.reportPath(List.of("tzgg"), "年度报告")).isEqualTo("tzgg/年度报告/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://www.example.gov.cn/jtj", "https://www.example.gov.cn", "/jtj/", "jtj/"})
  void baseUrlMustBeAbsoluteAndEndInASlash(String base) {
    assertThatThrownBy(() -> new UrlScheme(URI.create(base), Edition.STANDARD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base URL must be absolute and end in '/': " + base);
  }

  @Test
  void editionIsKept() {
    assertThat(new UrlScheme(ROOT, Edition.CARE).edition()).isEqualTo(Edition.CARE);
  }
}
