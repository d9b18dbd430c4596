package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The files built for machines (sitemap.xml, robots.txt, Atom feeds), checked on the built sample
 * site (published under the sub-path /jtj/) and on a fixture moved under a deeper sub-path with
 * --base-url, against the sitemaps.org schema, RFC 4287 and a real feed parser.
 */
class MachineReadableFilesTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SAMPLE_BASE = "https://www.example.gov.cn/jtj/";
  private static final String MOVED_BASE = "https://www.example.gov.cn/zw/xxgk/";

  @TempDir static Path tmp;
  static Path sample;
  static Path moved;

  @BeforeAll
  static void build() {
    sample = tmp.resolve("sample");
    Build.run(new BuildOptions(TestSites.projectRoot(), sample, false, null));
    Path site = TestSites.assemble(TestSites.testResources().resolve("sites/domain-root/content"), tmp.resolve("site"));
    moved = tmp.resolve("moved");
    Build.run(new BuildOptions(site, moved, false, MOVED_BASE));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void sitemapValidatesAgainstTheSitemapsOrgSchema() throws Exception {
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(TestSites.testResources().resolve("schema/sitemap.xsd").toFile());
    for (Path out : List.of(sample, moved)) {
      schema.newValidator().validate(new StreamSource(out.resolve("sitemap.xml").toFile()));
    }
  }

  @Test
  void sitemapListsEveryStandardPageExceptTheNotFoundPage() throws Exception {
    for (var c : Map.of(sample, SAMPLE_BASE, moved, MOVED_BASE).entrySet()) {
      TreeSet<String> expected = new TreeSet<>();
      for (String file : TestSites.files(c.getKey()).keySet()) {
        if (file.endsWith(".html") && !file.startsWith("care/") && !file.equals("404.html")) {
          String path = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
          expected.add(c.getValue() + encode(path));
        }
      }
      assertThat(locs(c.getKey().resolve("sitemap.xml"))).as(c.getValue()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void sitemapAddressesAreAbsoluteAndPercentEncodedUnderTheSubPath() throws Exception {
    assertThat(locs(moved.resolve("sitemap.xml")))
        .allMatch(loc -> loc.startsWith(MOVED_BASE))
        .contains(MOVED_BASE + "xxgk/2024/%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A/");
    assertThat(read(moved.resolve("sitemap.xml")))
        .contains("%E5%91%8A/</loc><lastmod>2024-03-01T09:00:00+08:00</lastmod>");
  }

  @Test
  void robotsPointsAtTheSitemapUnderTheSubPath() throws Exception {
    assertThat(read(sample.resolve("robots.txt"))).contains("User-agent: *\nAllow: /\n").contains("Sitemap: " + SAMPLE_BASE + "sitemap.xml\n");
    assertThat(read(moved.resolve("robots.txt"))).contains("Sitemap: " + MOVED_BASE + "sitemap.xml\n");
  }

  @Test
  void everyFeedParsesAsAtomAndHasTheElementsRfc4287Requires() throws Exception {
    for (var c : Map.of(sample, SAMPLE_BASE, moved, MOVED_BASE).entrySet()) {
      List<String> feeds = feeds(c.getKey());
      assertThat(feeds).as(c.getValue()).contains("feed.xml").hasSizeGreaterThan(1);
      for (String path : feeds) {
        String xml = read(c.getKey().resolve(path));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).as(path).isNotEmpty();

        Element root = dom(xml);
        assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("zh-CN");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        // RFC 4287 §4.1.1: atom:feed has exactly one id, title and updated, and an author.
        for (String name : List.of("id", "title", "updated", "author")) {
          assertThat(children(root, name)).as("%s feed/%s", path, name).hasSize(1);
        }
        assertThat(text(children(root, "id").get(0))).isEqualTo(c.getValue() + path);
        assertThat(selfLinks(root)).containsExactly(c.getValue() + path);
        // §4.1.2: every atom:entry has exactly one id, title and updated.
        for (Element entry : children(root, "entry")) {
          for (String name : List.of("id", "title", "updated")) {
            assertThat(children(entry, name)).as("%s entry/%s", path, name).hasSize(1);
          }
          assertThat(text(children(entry, "id").get(0))).startsWith(c.getValue()).doesNotContain("/care/");
        }
      }
    }
  }

  @Test
  void homeAndSectionPagesOfBothEditionsLinkTheStandardFeed() throws Exception {
    Map<String, String> links = Map.of(
        "index.html", "/jtj/feed.xml",
        "care/index.html", "/jtj/feed.xml",
        "gkml/index.html", "/jtj/gkml/feed.xml",
        "care/gkml/index.html", "/jtj/gkml/feed.xml");
    for (var link : links.entrySet()) {
      Document page = Jsoup.parse(read(sample.resolve(link.getKey())));
      var alternate = page.select("head link[rel=alternate][type=application/atom+xml]");
      assertThat(alternate).as(link.getKey()).hasSize(1);
      assertThat(alternate.attr("href")).isEqualTo(link.getValue());
      assertThat(alternate.attr("title")).endsWith("（Atom 订阅）");
      assertThat(sample.resolve(link.getValue().substring("/jtj/".length()))).exists();
    }
    assertThat(Jsoup.parse(read(sample.resolve("gkml/index.html"))).selectFirst("head link[type=application/atom+xml]").attr("title"))
        .startsWith(Jsoup.parse(read(sample.resolve("gkml/index.html"))).selectFirst("h1").text());
  }

  @Test
  void buildingTwiceGivesTheSameMachineReadableFiles() {
    Path again = tmp.resolve("again");
    Build.run(new BuildOptions(TestSites.projectRoot(), again, false, null));
    List<String> files = new ArrayList<>(feeds(sample));
    files.addAll(List.of("sitemap.xml", "robots.txt"));
    for (String file : files) {
      assertThat(again.resolve(file)).as(file).hasSameBinaryContentAs(sample.resolve(file));
    }
  }

  private static List<String> feeds(Path out) {
    return TestSites.files(out).keySet().stream().filter(p -> p.equals("feed.xml") || p.endsWith("/feed.xml")).toList();
  }

  private static List<String> locs(Path sitemap) throws Exception {
    Element root = dom(read(sitemap));
    NodeList locs = root.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      out.add(locs.item(i).getTextContent());
    }
    return out;
  }

  private static Element dom(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml))).getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<String> selfLinks(Element feed) {
    return children(feed, "link").stream().filter(l -> l.getAttribute("rel").equals("self")).map(l -> l.getAttribute("href")).toList();
  }

  private static String text(Element element) {
    return element.getTextContent();
  }

  /** UTF-8 percent-encoding of a site path, as the sitemaps.org protocol asks for non-ASCII URLs. */
  private static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      out.append(c < 0x80 ? String.valueOf((char) c) : String.format("%%%02X", c));
    }
    return out.toString();
  }
}
