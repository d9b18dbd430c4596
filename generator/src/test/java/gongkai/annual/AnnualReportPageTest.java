package gongkai.annual;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Build;
import gongkai.BuildOptions;
import gongkai.TestSites;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample site's annual report, built in both editions: every figure of the three tables is read
 * back from the page by its row and column headers (as a screen reader finds them, through
 * {@code headers}) and compared with the report's front matter.
 */
class AnnualReportPageTest {
  static final String SOURCE = "content/ndbg/2026/2025-niandu-baogao.md";
  static final String PAGE = "ndbg/2026/2025-niandu-baogao/index.html";

  @TempDir static Path out;
  static AnnualData data;

  @BeforeAll
  static void build() throws IOException {
    Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
    String text = Files.readString(TestSites.projectRoot().resolve(SOURCE), StandardCharsets.UTF_8);
    AnnualDataReader.Result read = AnnualDataReader.read(Path.of(SOURCE), text);
    assertThat(read.problems()).isEmpty();
    assertThat(AnnualChecks.check(read.data())).isEmpty();
    data = read.data();
  }

  static Document page(String edition) throws IOException {
    return Jsoup.parse(out.resolve(edition + PAGE).toFile(), "UTF-8");
  }

  @ParameterizedTest(name = "edition ''{0}''")
  @ValueSource(strings = {"", "care/"})
  void everyFigureOfTheThreeTablesIsOnThePageUnderItsRowAndColumnHeaders(String edition) throws IOException {
    Document page = page(edition);
    int cells = 0;
    for (AnnualFormat.Table table : AnnualFormat.TABLES) {
      Element html = page.selectFirst("table.annual-table-" + (AnnualFormat.TABLES.indexOf(table) + 2));
      assertThat(html).as("table %s", table.number()).isNotNull();
      assertThat(html.selectFirst("caption").text()).isEqualTo(table.caption());
      for (AnnualFormat.Row row : table.rows()) {
        List<String> columns = AnnualFormat.columns(table, row);
        for (int c = 0; c < columns.size(); c++) {
          Element cell = cell(html, row, columns.get(c));
          BigDecimal expected = data.value(table, row, c);
          assertThat(cell.text()).as("%s", AnnualDataReader.cell(row, columns.get(c))).isEqualTo(expected.toPlainString());
          cells++;
        }
      }
      assertThat(html.select("td[headers]")).hasSize((int) table.rows().stream()
          .mapToInt(r -> AnnualFormat.columns(table, r).size()).sum());
    }
    assertThat(cells).isEqualTo(10 + 25 * 7 + 15);
  }

  @ParameterizedTest(name = "edition ''{0}''")
  @ValueSource(strings = {"", "care/"})
  void eachTableIsInAScrollBoxThatNamesItAndNoMarkerIsLeft(String edition) throws IOException {
    Document page = page(edition);
    assertThat(page.select("div.table-scroll.annual-scroll[role=region][tabindex=0]").eachAttr("aria-label"))
        .containsExactly("表二 主动公开政府信息情况", "表三 收到和处理政府信息公开申请情况", "表四 政府信息公开行政复议、行政诉讼情况");
    assertThat(page.body().text()).doesNotContain("年报表格");
    // The merged header cells of the format.
    Element three = page.selectFirst("table.annual-table-3");
    assertThat(three.selectFirst("th:containsOwn(申请人情况)").attr("colspan")).isEqualTo("7");
    assertThat(three.selectFirst("th:containsOwn(法人或其他组织)").attr("colspan")).isEqualTo("5");
    assertThat(three.selectFirst("th:containsOwn(三、本年度办理结果)").attr("rowspan")).isEqualTo("22");
    assertThat(three.selectFirst("th:containsOwn(（三）不予公开)").attr("rowspan")).isEqualTo("8");
    Element four = page.selectFirst("table.annual-table-4");
    assertThat(four.selectFirst("th:containsOwn(行政诉讼)").attr("colspan")).isEqualTo("10");
    // Every id a cell names exists on the page.
    for (Element cell : page.select("[headers]")) {
      for (String id : cell.attr("headers").split(" ")) {
        assertThat(page.getElementById(id)).as("header %s", id).isNotNull();
      }
    }
  }

  /** The one figure cell whose headers are the row's label (and its group's) and the column's. */
  private static Element cell(Element table, AnnualFormat.Row row, String column) {
    List<Element> found = table.select("td[headers]").stream().filter(td -> {
      Set<String> headers = Arrays.stream(td.attr("headers").split(" "))
          .map(id -> table.getElementById(id).text()).collect(Collectors.toSet());
      return headers.contains(row.label()) && headers.contains(column)
          && (row.group() == null || headers.contains(row.group()));
    }).toList();
    assertThat(found).as("cell %s", AnnualDataReader.cell(row, column)).hasSize(1);
    return found.get(0);
  }
}
