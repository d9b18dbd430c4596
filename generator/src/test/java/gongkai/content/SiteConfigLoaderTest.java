package gongkai.content;

import gongkai.qr.QrErrorCorrection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.problem.BuildFailedException;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteConfigLoaderTest {
  private static final Path SITE_YAML = Path.of("content", "site.yaml");
  private static final String TITLE = "title: 示例市交通运输局\n";

  private static SiteConfig load(String yaml, String baseUrlOverride) {
    return SiteConfigLoader.load(new SourceFile(SITE_YAML, SITE_YAML, "site.yaml", yaml), baseUrlOverride);
  }

  private static SiteConfig load(String yaml) {
    return load(yaml, null);
  }

  private static void assertProblems(String yaml, String baseUrlOverride, String... expected) {
    assertThatThrownBy(() -> load(yaml, baseUrlOverride))
        .isInstanceOfSatisfying(
            BuildFailedException.class, e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(expected));
  }

  @Test
  void everySettingIsRead() {
    SiteConfig config =
        load(
            """
            title: 示例市交通运输局
            base_url: https://www.example.gov.cn/jtj/
            language: en
            time_zone: Asia/Urumqi
            organization: 示例市交通运输局
            portal_url: https://www.example.gov.cn/
            sections: [gkml, tzgg]
            footer:
              site_code: '1100000001'
              icp: 京ICP备00000000号
              public_security: 京公网安备 11000002000001号
              address: 示例市人民路1号
              phone: 010-12345678
            unknown_setting: ignored
            """);

    assertThat(config)
        .isEqualTo(
            new SiteConfig(
                "示例市交通运输局",
                URI.create("https://www.example.gov.cn/jtj/"),
                "en",
                ZoneId.of("Asia/Urumqi"),
                "示例市交通运输局",
                "https://www.example.gov.cn/",
                List.of("gkml", "tzgg"),
                new SiteConfig.Footer("1100000001", "京ICP备00000000号", "京公网安备 11000002000001号", "示例市人民路1号", "010-12345678"),
                QrErrorCorrection.DEFAULT,
                3,
                SiteConfig.Accessibility.NONE,
                SiteConfig.DEFAULT_PAGE_SIZE,
                null,
                false));
  }

  @Test
  void optionalSettingsDefault() {
    SiteConfig config = load(TITLE + "base_url: https://www.example.gov.cn/\n");

    assertThat(config.language()).isEqualTo("zh-CN");
    assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(config.organization()).isEmpty();
    assertThat(config.portalUrl()).isNull();
    assertThat(config.sections()).isEmpty();
    assertThat(config.footer()).isEqualTo(new SiteConfig.Footer(null, null, null, null, null));
  }

  @Test
  void indexCodeIsReadWhenItsCheckCharacterIsRight() {
    String base = TITLE + "base_url: https://www.example.gov.cn/\n";
    assertThat(load(base + "index_code: \"113715020044301982\"\n").indexCode()).isEqualTo("113715020044301982");
    assertThat(load(base).indexCode()).isNull();
  }

  @Test
  void indexCodeWithAWrongCheckCharacterIsAProblemAtItsLine() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\nindex_code: 113715020044301983\n",
        null,
        "content/site.yaml:3:1: error: credit code '113715020044301983' has check character '3' but GB 32100-2015 gives '2' (a typing error?)"
            + " — write index_code: \"113715020044301982\"");
  }

  @Test
  void rawHtmlIsSanitisedUnlessTheSiteTrustsItsEditors() {
    String base = TITLE + "base_url: https://www.example.gov.cn/\n";
    assertThat(load(base).trustedHtml()).isFalse();
    assertThat(load(base + "markdown: {trusted_html: false}\n").trustedHtml()).isFalse();
    assertThat(load(base + "markdown:\n  trusted_html: true\n").trustedHtml()).isTrue();
    assertThat(load(base + "markdown: {trusted_html: true}\n").withBaseUrl(URI.create("http://localhost/")).trustedHtml()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown: {trusted_html: yes please}", "markdown: true", "markdown: {trusted_html: [true]}"})
  void trustedHtmlThatIsNotABooleanIsAProblemAtItsLine(String line) {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\n" + line + "\n",
        null,
        "content/site.yaml:3:1: error: 'markdown' must be a mapping with trusted_html: true or false"
            + " — write markdown: {trusted_html: true} to keep raw HTML as written, or leave markdown out to sanitise it");
  }

  @Test
  void emptySectionItemsAreSkipped() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\nsections:\n  - gkml\n  -\n  - tzgg\n").sections()).containsExactly("gkml", "tzgg");
  }

  @Test
  void missingBaseUrlIsAProblemMentioningTheOption() {
    assertProblems(
        TITLE,
        null,
        "content/site.yaml:1:1: error: 'base_url' is missing — add 'base_url: https://…/', the address the site is published at, or pass --base-url");
  }

  @ParameterizedTest(name = "base_url:{0}")
  @ValueSource(strings = {" ''", " \"\"", " '  '", ""})
  void emptyBaseUrlIsAProblemAtItsLine(String value) {
    assertProblems(
        TITLE + "base_url:" + value + "\n",
        null,
        "content/site.yaml:2:1: error: 'base_url' is empty — add 'base_url: https://…/', the address the site is published at, or pass --base-url");
  }

  @Test
  void emptyTitleIsAProblemAtItsLine() {
    assertProblems(
        "base_url: https://www.example.gov.cn/\ntitle: \"\"\n", null, "content/site.yaml:2:1: error: 'title' is empty — add a line 'title: <site name>'");
  }

  @Test
  void baseUrlOptionStandsInForAMissingBaseUrl() {
    assertThat(load(TITLE, "https://preview.example.gov.cn/jtj/").baseUrl()).isEqualTo(URI.create("https://preview.example.gov.cn/jtj/"));
  }

  @Test
  void baseUrlOptionWinsOverTheFile() {
    SiteConfig config = load(TITLE + "base_url: https://www.example.gov.cn/jtj/\n", "http://localhost:8080/");

    assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:8080/"));
  }

  @Test
  void badBaseUrlOptionIsAProblemNamingTheOption() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/jtj/\n",
        "localhost:8080",
        "content/site.yaml:2:1: error: base_url 'localhost:8080' is not an absolute http(s) address — check --base-url");
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.example.gov.cn/jtj, https://www.example.gov.cn/jtj/",
    "https://www.example.gov.cn, https://www.example.gov.cn/",
    "https://www.example.gov.cn/jtj/, https://www.example.gov.cn/jtj/",
    "http://127.0.0.1:8080/a/b, http://127.0.0.1:8080/a/b/",
    "https://www.example.gov.cn/交通, https://www.example.gov.cn/%E4%BA%A4%E9%80%9A/",
    "https://www.example.gov.cn/交通/, https://www.example.gov.cn/%E4%BA%A4%E9%80%9A/",
    "https://www.example.gov.cn/%E4%BA%A4%E9%80%9A/, https://www.example.gov.cn/%E4%BA%A4%E9%80%9A/",
    "https://www.example.gov.cn/%E4%BA%A4%E9%80%9A, https://www.example.gov.cn/%E4%BA%A4%E9%80%9A/",
    "https://www.example.gov.cn/a%20b/, https://www.example.gov.cn/a%20b/",
    "http://127.0.0.1:8080, http://127.0.0.1:8080/",
    "'  https://www.example.gov.cn/jtj  ', https://www.example.gov.cn/jtj/",
  })
  void baseUrlEndsWithExactlyOneSlash(String written, String expected) {
    assertThat(load(TITLE + "base_url: '" + written + "'\n").baseUrl()).hasToString(expected);
  }

  @Test
  void percentEncodedBaseUrlIsNotEncodedAgain() {
    URI baseUrl = load(TITLE + "base_url: https://example.gov.cn/%E4%BA%A4%E9%80%9A/\n").baseUrl();

    assertThat(baseUrl.getRawPath()).isEqualTo("/%E4%BA%A4%E9%80%9A/");
    assertThat(baseUrl.getPath()).isEqualTo("/交通/");
  }

  @Test
  void baseUrlOptionIsPercentEncodedOnceToo() {
    assertThat(load(TITLE, "https://example.gov.cn/交通/%E5%85%AC%E5%BC%80").baseUrl())
        .hasToString("https://example.gov.cn/%E4%BA%A4%E9%80%9A/%E5%85%AC%E5%BC%80/");
  }

  @Test
  void baseUrlOptionGetsATrailingSlashToo() {
    assertThat(load(TITLE, "https://www.example.gov.cn/jtj").baseUrl()).hasToString("https://www.example.gov.cn/jtj/");
  }

  // DESIGN.md, URL scheme: base_url is absolute, for QR codes, sitemap and feed.
  @ParameterizedTest
  @ValueSource(strings = {"/jtj/", "jtj/", "www.example.gov.cn/jtj/", "ftp://www.example.gov.cn/", "https:///jtj/", "mailto:jtj@example.gov.cn"})
  void relativeOrNonHttpBaseUrlIsRejected(String url) {
    assertProblems(
        TITLE + "base_url: " + url + "\n",
        null,
        "content/site.yaml:2:1: error: base_url '" + url
            + "' is not an absolute http(s) address — write the address the site is published at, e.g. base_url: https://www.example.gov.cn/jtj/ (QR codes need it), or pass --base-url");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://www.example.gov.cn/jtj/?from=portal", "https://www.example.gov.cn/jtj/#top"})
  void baseUrlWithQueryOrFragmentIsRejected(String url) {
    assertProblems(
        TITLE + "base_url: '" + url + "'\n",
        null,
        "content/site.yaml:2:1: error: base_url '" + url
            + "' must not have a query or fragment — write the address the site is published at, e.g. base_url: https://www.example.gov.cn/jtj/ (QR codes need it), or pass --base-url");
  }

  @Test
  void unparsableBaseUrlIsRejected() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/a b/\n",
        null,
        "content/site.yaml:2:1: error: base_url 'https://www.example.gov.cn/a b/' is not a valid address — write the address the site is published at, e.g. base_url: https://www.example.gov.cn/jtj/ (QR codes need it), or pass --base-url");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Beijing", "CST", "Beijing"})
  void unknownTimeZoneIsAProblemAtItsLine(String zone) {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\ntime_zone: " + zone + "\n",
        null,
        "content/site.yaml:3:1: error: time_zone '" + zone + "' is not a known zone — use a name such as Asia/Shanghai");
  }

  @Test
  void offsetIsAcceptedAsAZone() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\ntime_zone: '+08:00'\n").timeZone()).isEqualTo(ZoneId.of("+08:00"));
  }

  @Test
  void portalUrlMustBeAnAddress() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\nportal_url: www.example.gov.cn\n",
        null,
        "content/site.yaml:3:1: error: portal_url 'www.example.gov.cn' is not an http(s) address — write the full address, e.g. https://www.example.gov.cn/");
  }

  @Test
  void everyProblemInTheFileIsReportedInLineOrder() {
    assertProblems(
        "time_zone: Asia/Beijing\nbase_url: /jtj/\nlanguage: [zh, en]\n",
        null,
        "content/site.yaml:1:1: error: 'title' is missing — add a line 'title: <site name>'",
        "content/site.yaml:1:1: error: time_zone 'Asia/Beijing' is not a known zone — use a name such as Asia/Shanghai",
        "content/site.yaml:2:1: error: base_url '/jtj/' is not an absolute http(s) address — write the address the site is published at, e.g. base_url: https://www.example.gov.cn/jtj/ (QR codes need it), or pass --base-url",
        "content/site.yaml:3:1: error: 'language' must be a single value, not a list or mapping — write it on one line: language: …");
  }

  @Test
  void yamlSyntaxErrorIsReportedAtItsLine() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\nfooter:\n  icp: 京ICP备: 00000000号\n",
        null,
        "content/site.yaml:4:13: error: YAML syntax error: mapping values are not allowed here — check the indentation, and put values containing ': ' or starting with '[', '{', '*' or '#' in quotes");
  }

  @Test
  void qrErrorCorrectionDefaultsToM() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\n").qrErrorCorrection()).isEqualTo(QrErrorCorrection.M);
  }

  @ParameterizedTest
  @CsvSource({"L, L", "q, Q", "H, H", "'', M"})
  void qrErrorCorrectionIsRead(String written, QrErrorCorrection expected) {
    String yaml = TITLE + "base_url: https://www.example.gov.cn/\nqr:\n  error_correction: '" + written + "'\n";
    assertThat(load(yaml).qrErrorCorrection()).isEqualTo(expected);
  }

  @Test
  void unknownQrErrorCorrectionIsAProblemAtItsOwnLine() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\nqr:\n  error_correction: X\n",
        null,
        "content/site.yaml:4:1: error: qr error_correction 'X' is not one of L, M, Q, H — write qr: {error_correction: M} with one of L, M, Q, H, or leave qr out for M");
  }

  @Test
  void qrThatIsNotAMappingIsAProblem() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\nqr: M\n",
        null,
        "content/site.yaml:3:1: error: 'qr' must be a mapping with the key error_correction — write qr: {error_correction: M} with one of L, M, Q, H, or leave qr out for M");
  }

  @Test
  void accessibilitySettingsAreRead() {
    SiteConfig config =
        load(
            TITLE
                + """
                base_url: https://www.example.gov.cn/
                accessibility:
                  email: wza@example.gov.cn
                  phone: 010-12345678
                  response_days: 15
                  reviewed: 2026-11-01
                """);

    assertThat(config.accessibility())
        .isEqualTo(new SiteConfig.Accessibility("wza@example.gov.cn", "010-12345678", 15, java.time.LocalDate.of(2026, 11, 1)));
    assertThat(config.accessibility().hasContact()).isTrue();
  }

  @Test
  void accessibilitySettingsAreOptional() {
    SiteConfig config = load(TITLE + "base_url: https://www.example.gov.cn/\naccessibility: {phone: 010-1}\n");

    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\n").accessibility()).isEqualTo(SiteConfig.Accessibility.NONE);
    assertThat(config.accessibility()).isEqualTo(new SiteConfig.Accessibility(null, "010-1", null, null));
  }

  @Test
  void wrongAccessibilitySettingsAreProblemsAtTheirOwnLines() {
    assertProblems(
        TITLE + "base_url: https://www.example.gov.cn/\naccessibility:\n  email: wza\n  response_days: soon\n  reviewed: 2026-13-01\n",
        null,
        "content/site.yaml:4:1: error: accessibility email 'wza' is not an e-mail address — write it as name@example.gov.cn",
        "content/site.yaml:5:1: error: accessibility response_days 'soon' is not a number of days — write a whole number such as 15",
        "content/site.yaml:6:1: error: accessibility reviewed '2026-13-01' is not a date — use YYYY-MM-DD, e.g. reviewed: 2026-11-01");
  }

  @Test
  void languageLineIsKeptForProblemsAboutTheLanguage() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\nlanguage: en-GB\n").languageLine()).isEqualTo(3);
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\n").languageLine()).isZero();
  }

  @Test
  void pageSizeDefaultsToTwenty() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\n").pageSize()).isEqualTo(20);
  }

  @Test
  void pageSizeIsRead() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\npage_size: 5\n").pageSize()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "2.5", "many", "'10'", "[10]", "99999999999"})
  void pageSizeThatIsNotAPositiveWholeNumberIsAProblemAtItsLine(String written) {
    assertThatThrownBy(() -> load(TITLE + "base_url: https://www.example.gov.cn/\npage_size: " + written + "\n"))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("content/site.yaml:3:1: error: page_size '")
                .contains("is not a positive whole number — write the number of reports per list page, e.g. page_size: 20"));
  }

  @Test
  void organisationCodeIsAnIndexCodeToo() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\nindex_code: \"00824883-6\"\n").indexCode()).isEqualTo("00824883-6");
    assertProblems(TITLE + "base_url: https://www.example.gov.cn/\nindex_code: \"000014340\"\n", null,
        "content/site.yaml:3:1: error: organisation code '000014340' has check character '0' but GB 11714-1997 gives '9'"
            + " (a typing error?) — write index_code: \"000014349\"");
  }

  @Test
  void declaredIndexSchemeIsRead() {
    SiteConfig config = load(TITLE + "base_url: https://www.example.gov.cn/\nindex_scheme:\n"
        + "  pattern: '(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)'\n  check: none\n");

    assertThat(config.indexScheme()).isEqualTo(new IndexScheme("(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)", IndexCheck.NONE));
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\n").indexScheme()).isEqualTo(IndexScheme.DEFAULT);
  }

  @Test
  void indexSchemeWithAnUnknownCheckIsAProblemAtItsLine() {
    assertProblems(TITLE + "base_url: https://www.example.gov.cn/\nindex_scheme: {pattern: '(?<serial>[0-9]+)', check: luhn}\n", null,
        "content/site.yaml:3:1: error: index_scheme check 'luhn' is not one of gb32100, gb11714, national, none"
            + " — write it as index_scheme: {pattern: '(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)', check: none}"
            + " (docs/索引号.md)");
  }

  @Test
  void indexCodeFollowsTheDeclaredCheck() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\nindex_code: \"6107280000\"\nindex_scheme:\n"
        + "  pattern: '(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)'\n  check: none\n").indexCode()).isEqualTo("6107280000");
  }

  @Test
  void categoriesAreReadOnceEach() {
    assertThat(load(TITLE + "base_url: https://www.example.gov.cn/\ncategories: [规范性文件, 通知公告]\n").categories())
        .containsExactly("规范性文件", "通知公告");
    assertProblems(TITLE + "base_url: https://www.example.gov.cn/\ncategories: [通知公告, 通知公告]\n", null,
        "content/site.yaml:3:1: error: category '通知公告' is listed twice in categories — keep one of them");
  }
}
