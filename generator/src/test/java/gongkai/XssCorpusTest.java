package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: classic XSS payloads (xss/payloads.txt) in every front-matter value and in the body of a
 * report yield pages that cannot run script, load other documents or break out of the page.
 */
class XssCorpusTest {
  /** Elements that run code, embed or redirect to another document, or submit data elsewhere. */
  private static final String FORBIDDEN =
      "iframe, frame, frameset, object, embed, applet, base, math, style, link[rel=import], meta[http-equiv=refresh], "
          + "body script, svg script, input:not(form.header-search input, form.search-form input), textarea, select, "
          + "video, audio, source, template, noscript, xmp, plaintext, marquee, details";

  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "data", "poster", "background", "cite", "xlink:href", "srcset", "srcdoc");

  @TempDir static Path tmp;
  private static List<String> payloads;
  private static Map<String, byte[]> output;
  private static String inlineScript;

  @BeforeAll
  static void buildTheHostileSite() throws Exception {
    payloads = HostileSite.lines("xss/payloads.txt");
    Path site = HostileSite.write(tmp.resolve("site"), payloads);
    Build.run(new BuildOptions(site, tmp.resolve("public"), false, null));
    output = TestSites.files(tmp.resolve("public"));
    inlineScript = Files.readString(TestSites.projectRoot().resolve("themes/standard/templates/head-script.peb")).strip();
  }

  @Test
  void corpusHasTheClassicPayloads() {
    assertThat(payloads).hasSizeGreaterThan(60).anyMatch(p -> p.contains("onerror")).anyMatch(p -> p.contains("<svg"));
  }

  @Test
  void noBuiltPageCanRunAPayload() {
    List<String> found = new ArrayList<>();
    int pages = 0;
    for (Map.Entry<String, byte[]> file : output.entrySet()) {
      if (file.getKey().endsWith(".html")) {
        pages++;
        Document page = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
        dangers(page).forEach(danger -> found.add(file.getKey() + ": " + danger));
      }
    }
    assertThat(pages).isGreaterThan(2 * payloads.size());
    assertThat(found).isEmpty();
  }

  @Test
  void everyPayloadIsShownAsTextInItsReportsTitle() {
    for (int i = 0; i < payloads.size(); i++) {
      String path = String.format("gkml/2024/r-%03d/index.html", i);
      Document page = Jsoup.parse(new String(output.get(path), StandardCharsets.UTF_8));
      String expected = payloads.get(i).strip().replaceAll("\\s+", " ");
      assertThat(page.selectFirst("h1.report-title").text()).as(path).isEqualTo(expected);
      assertThat(page.title()).as(path).startsWith(expected);
    }
  }

  @Test
  void everyBuiltPageIsValidHtml() {
    List<String> errors = new ArrayList<>();
    output.forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        HtmlChecker.errors(new String(bytes, StandardCharsets.UTF_8)).forEach(e -> errors.add(path + ":" + e));
      }
    });
    assertThat(errors).isEmpty();
  }

  @Test
  void trustedHtmlKeepsTheBodysRawHtmlButStillEscapesFrontMatter(@TempDir Path dir) {
    String payload = "<div class=\"x\" onclick=\"alert(1)\">可信</div>";
    Path site = HostileSite.write(dir.resolve("site"), List.of(payload), "markdown: {trusted_html: true}\n");
    Build.run(new BuildOptions(site, dir.resolve("public"), false, null));

    Document page = Jsoup.parse(new String(TestSites.files(dir.resolve("public")).get("gkml/2024/r-000/index.html"), StandardCharsets.UTF_8));
    assertThat(page.select("div.x[onclick]")).hasSize(2); // as a block and inline
    assertThat(page.selectFirst("h1.report-title").text()).isEqualTo(payload);
  }

  /** What in {@code page} could run script or leave the page, described; empty when nothing. */
  private static List<String> dangers(Document page) {
    List<String> dangers = new ArrayList<>();
    for (Element element : page.select(FORBIDDEN)) {
      dangers.add("<" + element.normalName() + "> " + element.outerHtml());
    }
    for (Element script : page.head().select("script")) {
      boolean ours = script.hasAttr("src") ? script.attr("src").matches("/jtj/assets/js/[a-z]+\\.[0-9a-f]{10}\\.js") && script.data().isEmpty()
          : script.data().equals(inlineScript);
      if (!ours) {
        dangers.add("foreign script " + script.outerHtml());
      }
    }
    for (Element form : page.select("form")) {
      if (!form.attr("action").matches("/jtj/(care/)?search/")) {
        dangers.add("foreign form " + form.outerHtml());
      }
    }
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          dangers.add("event handler " + name + " on <" + element.normalName() + ">");
        } else if (name.equals("style")) {
          dangers.add("style attribute on <" + element.normalName() + ">");
        } else if (URL_ATTRIBUTES.contains(name) && isScriptAddress(attribute.getValue())) {
          dangers.add(name + "=\"" + attribute.getValue() + "\" on <" + element.normalName() + ">");
        }
      }
    }
    return dangers;
  }

  /** As a browser reads it: controls and whitespace anywhere are ignored (WHATWG URL parser). */
  private static boolean isScriptAddress(String value) {
    String url = value.replaceAll("[\\p{Cntrl}\\s\\p{Z}]", "").toLowerCase(Locale.ROOT);
    return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:") || url.startsWith("srcdoc");
  }
}
