package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every QR code of a built site, read back from pixels as a phone would (issue: QR code per page):
 * the SVG in the page is rasterised by rsvg-convert and decoded by ZXing and by zbarimg, and must
 * give exactly the address of the page it is printed on.
 */
class QrCodeSiteTest {
  @TempDir static Path work;

  /** The sample site (sub-path /jtj/), a domain-root site with a Chinese slug, and that site moved under a sub-path. */
  static Stream<Arguments> sites() {
    return Stream.of(
        Arguments.of("sample under /jtj/", SAMPLE, null, "https://www.example.gov.cn/jtj/"),
        Arguments.of("domain root, Chinese slug", FIXTURE, null, "https://gk.example.org/"),
        Arguments.of(
            "sub-path, Chinese slug", FIXTURE, "https://zwgk.example.gov.cn/shi/jtj/", "https://zwgk.example.gov.cn/shi/jtj/"));
  }

  private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
  private static final String SAMPLE = "content/";
  private static final String FIXTURE = "sites/domain-root";

  /** Builds {@code site} (the sample or a fixture under test resources) into a new folder. */
  private static Path build(String site, String baseUrl) throws IOException {
    Path root = TestSites.projectRoot();
    if (!site.equals(SAMPLE)) {
      root = TestSites.assemble(
          TestSites.testResources().resolve(site).resolve("content"), Files.createTempDirectory(work, "fixture"));
    }
    Path out = Files.createTempDirectory(work, "public");
    Build.run(new BuildOptions(root, out, false, baseUrl));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void everyPageCodeDecodesToThatPagesAddress(String name, String site, String baseUrl, String expectedBase)
      throws IOException {
    Map<String, String> codes = codes(site, baseUrl);

    assertThat(codes).isNotEmpty();
    codes.forEach(
        (file, svg) -> {
          String expected = expectedUrl(expectedBase, file);
          try {
            assertThat(QrDecoder.decodeSvg(svg)).as("ZXing").isEqualTo(expected);
            assertThat(QrDecoder.decodeWithZbar(QrDecoder.svgToPng(svg, 400))).as("zbarimg").isEqualTo(expected);
          } catch (AssertionError e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void chineseSlugIsPercentEncodedAsUtf8(String name, String site, String baseUrl, String expectedBase)
      throws IOException {
    Map<String, String> codes = codes(site, baseUrl);
    codes.keySet().stream()
        .filter(file -> file.contains("年度报告"))
        .forEach(file -> assertThat(QrDecoder.decodeSvg(codes.get(file)))
            .endsWith("/xxgk/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void codeIsAnImageNamedForScreenReadersByItsAddress(String name, String site, String baseUrl, String expectedBase)
      throws IOException {
    Path out = build(site, baseUrl);
    for (String file : htmlFiles(out)) {
      if (file.endsWith("404.html")) {
        continue;
      }
      Element svg = page(out, file).selectFirst("main figure.page-qr > svg.qr-code");
      assertThat(svg).as(file).isNotNull();
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.attr("aria-label")).isEqualTo("本页二维码，网址：" + expectedUrl(expectedBase, file));
      assertThat(svg.parent().selectFirst("figcaption").ownText()).isEqualTo("扫码使用手机浏览本页内容");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void notFoundPageHasNoCodeBecauseItHasNoAddressOfItsOwn(String name, String site, String baseUrl, String expectedBase)
      throws IOException {
    Path out = build(site, baseUrl);
    assertThat(page(out, "404.html").select("svg")).isEmpty();
    assertThat(page(out, "care/404.html").select("svg")).isEmpty();
  }

  /**
   * The QR SVG of every page but the 404 pages, by output file, as the bytes in the page (an HTML
   * parser would lower-case {@code viewBox}); fails if a page has none or several.
   */
  private static Map<String, String> codes(String site, String baseUrl) throws IOException {
    Path out = build(site, baseUrl);
    Map<String, String> codes = new TreeMap<>();
    for (String file : htmlFiles(out)) {
      if (file.endsWith("404.html")) {
        continue;
      }
      String html = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
      List<String> svgs = SVG.matcher(html).results().map(MatchResult::group).toList();
      assertThat(svgs).as("SVGs on %s", file).hasSize(1);
      codes.put(file, svgs.get(0));
    }
    return codes;
  }

  private static List<String> htmlFiles(Path out) {
    return TestSites.files(out).keySet().stream().filter(file -> file.endsWith(".html")).toList();
  }

  private static Document page(Path out, String file) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
  }

  /**
   * The address a server gives {@code file}: its folder for {@code index.html}. Encoded by {@link
   * URI}'s own quoting (UTF-8 percent-encoding of non-ASCII), not by the code under test.
   */
  private static String expectedUrl(String base, String file) {
    String path = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    URI uri = URI.create(base);
    try {
      return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath() + path, null, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
