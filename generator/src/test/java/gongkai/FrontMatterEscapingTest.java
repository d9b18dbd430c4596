package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Issue 7: front-matter values are always escaped. Each text below is every value of one report
 * (HostileSite); it must come back as the same text, never as markup, in the page, its meta
 * description, the Atom feed, the sitemap and the search index.
 */
class FrontMatterEscapingTest {
  private static final List<String> TEXTS =
      List.of(
          "<script>alert(1)</script>",
          "\"双引号\" 'single' & 符号 &amp; &lt;b&gt; </title></textarea><b>粗</b>",
          "]]></summary></entry><entry><title>假条目</title>",
          "</script><script>alert(1)</script>\u2028{\"t\":\"x\"}",
          "<!-- 注释 --><meta http-equiv=\"refresh\" content=\"0;url=https://xss.example/\">",
          "{{ site.title }} {% if true %}模板{% endif %}");

  @TempDir static Path tmp;
  private static Map<String, byte[]> output;

  @BeforeAll
  static void buildTheSite() throws Exception {
    Path site = HostileSite.write(tmp.resolve("site"), TEXTS);
    // A theme author may show any unknown key: page.params must be escaped like the rest.
    Path report = site.resolve("themes/standard/templates/report.peb");
    String template = Files.readString(report);
    String title = "<h1 class=\"report-title\">{{ page.title }}</h1>";
    assertThat(template).contains(title);
    Files.writeString(report, template.replace(title, title + "\n<p class=\"banner\">{{ page.params.banner }}</p>"));
    Build.run(new BuildOptions(site, tmp.resolve("public"), false, null));
    output = TestSites.files(tmp.resolve("public"));
  }

  @Test
  void everyValueIsTextInTheReportPage() {
    for (int i = 0; i < TEXTS.size(); i++) {
      for (String edition : List.of("", "care/")) {
        String path = edition + String.format("gkml/2024/r-%03d/index.html", i);
        Document page = page(path);
        String text = normalised(TEXTS.get(i));
        assertThat(page.title()).as(path).startsWith(text);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).as(path).isEqualTo(TEXTS.get(i));
        assertThat(page.selectFirst("h1.report-title").text()).as(path).isEqualTo(text);
        assertThat(page.selectFirst("p.banner").text()).as(path).isEqualTo(text);
        assertThat(page.selectFirst(".attachments a").ownText()).as(path).startsWith(text);
        // 文号, 主题分类, 主题词 and 有效性 are rows of the metadata table.
        assertThat(page.select("td").eachText()).as(path).filteredOn(cell -> cell.contains(text)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("script").size()).as(path).isEqualTo(2);
        assertThat(page.select("meta[http-equiv=refresh], h1.report-title *, p.banner *, td *:not(wbr):not(time):not(span.code-part), .attachments a *, entry"))
            .as(path)
            .isEmpty();
      }
    }
  }

  @Test
  void everyValueIsTextInTheListsThatNameTheReport() {
    for (String path : List.of("index.html", "gkml/index.html", "care/index.html", "care/gkml/index.html")) {
      List<String> links = page(path).select("main a").eachText();
      for (String text : TEXTS) {
        assertThat(links).as(path).contains(normalised(text));
      }
    }
  }

  @Test
  void everyValueIsTextInTheAtomFeed() throws Exception {
    for (String feed : List.of("feed.xml", "gkml/feed.xml")) {
      org.w3c.dom.Document xml = xml(feed);
      assertThat(xml.getElementsByTagName("entry").getLength()).as(feed).isEqualTo(TEXTS.size());
      List<String> titles = texts(xml.getElementsByTagName("title"));
      List<String> summaries = texts(xml.getElementsByTagName("summary"));
      List<String> categories = new ArrayList<>();
      List<String> validities = new ArrayList<>();
      NodeList terms = xml.getElementsByTagName("category");
      for (int i = 0; i < terms.getLength(); i++) {
        org.w3c.dom.Element term = (org.w3c.dom.Element) terms.item(i);
        // 主题分类 has no label; 有效性 is labelled (有效性：已修改).
        (term.hasAttribute("label") ? validities : categories).add(term.getAttribute("term"));
      }
      assertThat(validities).as(feed).hasSize(TEXTS.size()).containsOnly("已修改");
      assertThat(titles).as(feed).containsAll(TEXTS);
      assertThat(summaries).as(feed).containsExactlyInAnyOrderElementsOf(TEXTS);
      assertThat(categories).as(feed).containsExactlyInAnyOrderElementsOf(TEXTS);
    }
  }

  @Test
  void sitemapStaysWellFormedXml() throws Exception {
    assertThat(xml("sitemap.xml").getElementsByTagName("url").getLength()).isGreaterThan(TEXTS.size());
  }

  @Test
  void everyValueIsTextInTheSearchIndex() throws Exception {
    List<String> titles = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : output.entrySet()) {
      if (file.getKey().matches("search-index/docs-\\d+\\.json")) {
        new ObjectMapper().readTree(file.getValue()).forEach(doc -> titles.add(doc.get("t").asText()));
      }
    }
    assertThat(titles).containsExactlyInAnyOrderElementsOf(TEXTS);
  }

  private static Document page(String path) {
    return Jsoup.parse(new String(output.get(path), StandardCharsets.UTF_8));
  }

  private static org.w3c.dom.Document xml(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(output.get(path)));
  }

  private static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** As jsoup's {@link Element#text()} gives it: whitespace runs as one space, trimmed. */
  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
