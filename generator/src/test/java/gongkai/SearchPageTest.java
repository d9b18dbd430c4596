package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page, the header search form and the index, as the sample site builds them. */
class SearchPageTest {
  @TempDir static Path out;

  @BeforeAll
  static void build() {
    Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
  }

  static Document parse(String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path), StandardCharsets.UTF_8), "https://www.example.gov.cn/jtj/" + path);
  }

  @Test
  void oneIndexAtTheSiteRootServesBothEditions() {
    assertThat(out.resolve("search-index/meta.json")).isRegularFile();
    assertThat(out.resolve("search-index/docs-0.json")).isRegularFile();
    assertThat(out.resolve("search-index/terms-0.json")).isRegularFile();
    assertThat(out.resolve("care/search-index")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "care/"})
  void everyPageHasALabelledHeaderFormThatSubmitsToItsEditionsSearchPage(String edition) throws IOException {
    for (String page : List.of("index.html", "gkml/index.html", "gkml/2024/fazhi-report/index.html", "404.html", "search/index.html")) {
      Document doc = parse(edition + page);
      Element form = doc.selectFirst("header form[role=search]");
      assertThat(form).as(edition + page).isNotNull();
      assertThat(form.attr("action")).isEqualTo("/jtj/" + edition + "search/");
      assertThat(form.attr("method")).isEqualTo("get");
      assertThat(form.attr("aria-label")).isEqualTo("站内搜索");
      Element input = form.selectFirst("input[name=q]");
      assertThat(doc.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("搜索关键词");
      assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("搜索");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "care/"})
  void searchPageHasARealFormAndSaysPlainlyWhenJavaScriptIsOff(String edition) throws IOException {
    Document doc = parse(edition + "search/index.html");
    Element form = doc.selectFirst("main form[role=search]");
    assertThat(form.attr("action")).isEqualTo("/jtj/" + edition + "search/");
    assertThat(doc.selectFirst("label[for=search-q]").text()).isEqualTo("搜索关键词");
    Element fallback = doc.selectFirst("[data-search-fallback]");
    assertThat(fallback.hasAttr("hidden")).as("shown until the script runs").isFalse();
    assertThat(fallback.selectFirst("[data-search-no-js]").text()).contains("JavaScript");
    assertThat(fallback.select("a").eachAttr("href")).containsExactly(
        "/jtj/" + edition + "gkml/", "/jtj/" + edition + "tzgg/", "/jtj/" + edition + "ndbg/");
    assertThat(doc.selectFirst("[role=status]")).isNotNull();
    assertThat(doc.selectFirst("[data-search]").attr("data-search-index")).isEqualTo("/jtj/search-index/");
    assertThat(doc.selectFirst("[data-search]").attr("data-search-root")).isEqualTo("/jtj/" + edition);
  }

  @Test
  void onlyTheSearchPageLoadsTheSearchScript() throws IOException {
    assertThat(parse("search/index.html").select("script[src*=/js/search.]").eachAttr("defer")).containsExactly("");
    assertThat(parse("index.html").select("script[src*=/js/search.]")).isEmpty();
    assertThat(parse("gkml/2024/fazhi-report/index.html").select("script[src*=/js/search.]")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"search/index.html", "care/search/index.html"})
  void searchPageIsValidHtml(String page) throws IOException {
    assertThat(HtmlChecker.errors(Files.readString(out.resolve(page), StandardCharsets.UTF_8))).isEmpty();
  }
}
