import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Writes a site of N synthetic disclosure reports for the benchmark: realistic Chinese text with
 * headings, lists and a table, and the full front matter. The same Markdown files serve gongkai
 * ({@code <dir>/content/}) and Hugo ({@code <dir>/hugo/content/}, YAML front matter as Hugo reads
 * it). Deterministic: the same N and shape give the same files.
 *
 * <p>Run with the JDK's source launcher: {@code java SyntheticSite.java <dir> <n> [shape]}. The
 * shape says how the reports are laid out, so that one layout does not flatter either tool:
 *
 * <ul>
 *   <li>{@code sample} (default): three sections with year folders, bodies of about 3 KB with one
 *       small table, as the benchmark has always written;
 *   <li>{@code one-section}: the same reports, all in one section (one long paginated list);
 *   <li>{@code years}: twelve sections over twenty years of year folders (240 folders);
 *   <li>{@code long-tables}: bodies of 3–6 KB holding two or three tables nine columns wide;
 *   <li>{@code cross-links}: every report links to 20–28 others, inline and in a list;
 *   <li>{@code chinese-names}: Chinese section folders, year folders ({@code 2024年}) and file
 *       names made from the titles.
 * </ul>
 */
public final class SyntheticSite {
  private static final String CODE = "113715020044301982"; // a valid GB 32100-2015 credit code
  private static final String BASE_PATH = "/jtj/";
  private static final List<String> SHAPES =
      List.of("sample", "one-section", "years", "long-tables", "cross-links", "chinese-names");
  private static final List<String> SECTIONS = List.of("gkml", "tzgg", "zcwj");
  private static final List<String> SECTION_TITLES = List.of("政府信息公开目录", "通知公告", "政策文件");
  private static final List<String> MANY_SECTIONS =
      List.of("gkml", "tzgg", "zcwj", "ghjh", "czyjs", "rsxx", "xzzf", "zcjd", "jyta", "zdly", "ysqgk", "gzbg");
  private static final List<String> MANY_SECTION_TITLES =
      List.of("政府信息公开目录", "通知公告", "政策文件", "规划计划", "财政预决算", "人事信息", "行政执法", "政策解读",
          "建议提案办理", "重点领域信息", "依申请公开", "政府工作报告");
  private static final List<String> CATEGORIES =
      List.of("法治政府建设", "政府信息公开年报", "交通运输", "财政预决算", "人事信息", "规划计划", "行政执法");
  private static final List<String> PHRASES =
      List.of(
          "坚持以习近平新时代中国特色社会主义思想为指导", "全面贯彻党的二十大精神", "牢牢把握依法治交主线任务",
          "推进交通运输各项工作步入法治轨道", "进一步深化实化交通运输法治政府部门建设", "加快构建职责明确、依法行政的政府治理体系",
          "促进形成统一开放交通运输市场", "为加快建设交通强国提供有力法治保障", "成立了由党委书记、局长任组长的工作领导小组",
          "制定了年度工作实施方案", "及时召开工作会议", "对年度工作进行总体部署安排", "确保有人抓、有人管、常抓不懈",
          "严格落实重大行政决策程序", "全面推行行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度",
          "开展道路运输市场专项整治", "检查运输企业一百二十家次", "办理群众来信来访事项", "按时办结率达到百分之百",
          "主动公开政府信息三百余条", "依申请公开办理答复率为百分之百", "加强政务新媒体管理", "持续优化营商环境");
  private static final List<String> TABLE_ROWS =
      List.of("道路运输企业", "营运客车", "营运货车", "出租汽车", "城市公交线路", "驾驶员培训机构", "机动车维修企业",
          "普通货运站场", "农村客运班线", "危险货物运输车辆", "网约车平台", "公路养护里程", "行政许可事项", "行政处罚案件");
  private static final List<String> UNITS =
      List.of("家", "辆", "辆", "辆", "条", "家", "家", "个", "条", "辆", "家", "公里", "项", "件");
  private static final long MINUTES_A_YEAR = 365L * 24 * 60;
  private static final List<String> NUMBERS = List.of("一", "二", "三", "四", "五", "六", "七");

  private final String shape;
  private final int n;
  private final List<String> sections;
  private final List<String> sectionTitles;
  private final int firstYear;
  private final int years;

  private SyntheticSite(String shape, int n) {
    this.shape = shape;
    this.n = n;
    this.sections = switch (shape) {
      case "one-section" -> SECTIONS.subList(0, 1);
      case "years" -> MANY_SECTIONS;
      case "chinese-names" -> SECTION_TITLES;
      default -> SECTIONS;
    };
    this.sectionTitles = shape.equals("years") ? MANY_SECTION_TITLES : SECTION_TITLES.subList(0, sections.size());
    this.firstYear = shape.equals("years") ? 2005 : 2015;
    this.years = shape.equals("years") ? 20 : 10;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3 || (args.length == 3 && !SHAPES.contains(args[2]))) {
      System.err.println("usage: java SyntheticSite.java <dir> <number of reports> [" + String.join("|", SHAPES) + "]");
      System.exit(2);
    }
    new SyntheticSite(args.length == 3 ? args[2] : "sample", Integer.parseInt(args[1])).write(Path.of(args[0]));
  }

  private void write(Path dir) throws IOException {
    Path content = dir.resolve("content");
    write(content.resolve("site.yaml"), siteYaml());
    for (int s = 0; s < sections.size(); s++) {
      write(content.resolve(sections.get(s)).resolve("_index.md"),
          "---\ntitle: " + sectionTitles.get(s) + "\n---\n\n" + sectionTitles.get(s) + "栏目的基准测试报告。\n");
    }
    Random random = new Random(n);
    for (int i = 1; i <= n; i++) {
      LocalDateTime date = date(i);
      String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
      Path file = content.resolve(folder(i)).resolve(fileName(i, date, category) + ".md");
      write(file, report(i, date, category, random));
    }
    writeHugo(dir.resolve("hugo"), content);
  }

  /** Spread over the shape's years whatever N is, so year lists and pagination look like a real site's. */
  private LocalDateTime date(int i) {
    return LocalDateTime.of(firstYear, 1, 1, 9, 0).plusMinutes(years * MINUTES_A_YEAR * i / (n + 1));
  }

  /** The report's folder below {@code content/}: its section and year. */
  private String folder(int i) {
    int year = date(i).getYear();
    return sections.get(i % sections.size()) + "/" + (shape.equals("chinese-names") ? year + "年" : Integer.toString(year));
  }

  private String fileName(int i, LocalDateTime date, String category) {
    // Letters, digits and hyphens: the file name is the page's address segment (percent-encoded).
    return shape.equals("chinese-names") ? "基准测试局" + date.getYear() + "年" + category + "工作情况报告-" + i : "r" + i;
  }

  private String siteYaml() {
    return """
        title: 基准测试局政府信息公开
        base_url: https://www.example.gov.cn/jtj/
        language: zh-CN
        time_zone: Asia/Shanghai
        organization: 基准测试局
        sections: [%s]
        footer:
          site_code: "3715020044"
          icp: 鲁ICP备05012345号
        """.formatted(String.join(", ", sections));
  }

  private String report(int i, LocalDateTime date, String category, Random random) {
    String title = "基准测试局" + date.getYear() + "年" + category + "工作情况报告（第" + i + "号）";
    StringBuilder out = new StringBuilder(8_000);
    out.append("---\n")
        .append("title: ").append(title).append('\n')
        .append("index_no: ").append(CODE).append('/').append(date.getYear()).append('-').append(String.format("%08d", i)).append('\n')
        .append("date: ").append(date.toLocalDate()).append(' ').append(date.toLocalTime()).append(":00\n")
        .append("doc_no: 基测发〔").append(date.getYear()).append("〕").append(i).append("号\n")
        .append("category: ").append(category).append('\n')
        .append("keywords: [").append(category).append(", 工作报告]\n")
        .append("summary: ").append(sentence(random, 3)).append('\n')
        .append("---\n\n")
        .append(sentence(random, 6)).append("\n\n");
    if (shape.equals("long-tables")) {
      longBody(out, date.getYear(), random);
    } else {
      body(out, i, random);
    }
    return out.toString();
  }

  /** The sample body: three to five chapters of two sections each, one small table, lists. */
  private void body(StringBuilder out, int i, Random random) {
    boolean links = shape.equals("cross-links");
    int headings = 3 + random.nextInt(3);
    for (int h = 0; h < headings; h++) {
      out.append("## ").append(NUMBERS.get(h)).append("、").append(phrase(random)).append("\n\n");
      for (int sub = 0; sub < 2; sub++) {
        out.append("### （").append(NUMBERS.get(sub)).append("）").append(phrase(random)).append("\n\n");
        out.append(sentence(random, 5 + random.nextInt(6)));
        if (links) {
          out.append("具体要求详见").append(link(i, random)).append("，执行情况参见").append(link(i, random)).append("。");
        }
        out.append("\n\n");
      }
      if (h == 1) {
        out.append("| 项目 | 数量 | 同比 |\n| --- | ---: | ---: |\n");
        for (int row = 0; row < 4; row++) {
          out.append("| ").append(phrase(random), 0, 6).append(" | ").append(random.nextInt(1000))
              .append(" | ").append(random.nextInt(40) - 20).append("% |\n");
        }
        out.append('\n');
      } else {
        for (int item = 0; item < 3; item++) {
          out.append("- ").append(sentence(random, 2)).append('\n');
        }
        out.append('\n');
      }
    }
    if (links) {
      out.append("## ").append(NUMBERS.get(headings)).append("、相关文件\n\n");
      for (int item = 0; item < 8; item++) {
        out.append("- ").append(link(i, random)).append('\n');
      }
      out.append('\n');
    }
  }

  /**
   * A link from report {@code from} to another report, by the other page's address as an editor
   * writes it: relative within the section ({@code ../../2019/r12/}, the page being one folder below
   * its Markdown file), root-relative across sections ({@code /jtj/tzgg/2020/r40/}).
   */
  private String link(int from, Random random) {
    int to = 1 + random.nextInt(n - 1);
    if (to >= from) {
      to++;
    }
    String fromFolder = folder(from);
    String toFolder = folder(to);
    String section = toFolder.substring(0, toFolder.indexOf('/'));
    String address = fromFolder.startsWith(section + "/")
        ? "../../" + toFolder.substring(section.length() + 1) + "/r" + to + "/"
        : BASE_PATH + toFolder + "/r" + to + "/";
    return "[基测发〔" + date(to).getYear() + "〕" + to + "号](" + address + ")";
  }

  /** A long report: four or five chapters, and two or three tables of nine columns and 8–12 rows. */
  private void longBody(StringBuilder out, int year, Random random) {
    int headings = 4 + random.nextInt(2);
    int tables = 2 + random.nextInt(2);
    for (int h = 0; h < headings; h++) {
      out.append("## ").append(NUMBERS.get(h)).append("、").append(phrase(random)).append("\n\n");
      out.append(sentence(random, 4 + random.nextInt(5))).append("\n\n");
      if (h < tables) {
        out.append("表").append(h + 1).append("　").append(year - 4).append("—").append(year).append("年主要指标\n\n");
        out.append("| 序号 | 项目 | 单位 |");
        for (int y = year - 4; y <= year; y++) {
          out.append(' ').append(y).append("年 |");
        }
        out.append(" 同比 |\n| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        int rows = 8 + random.nextInt(5);
        for (int row = 0; row < rows; row++) {
          out.append("| ").append(row + 1).append(" | ").append(TABLE_ROWS.get((row + h) % TABLE_ROWS.size()))
              .append(" | ").append(UNITS.get((row + h) % TABLE_ROWS.size())).append(" |");
          for (int y = 0; y < 5; y++) {
            out.append(' ').append(random.nextInt(20_000)).append(" |");
          }
          int change = random.nextInt(400) - 200; // tenths of a per cent
          out.append(' ').append(change < 0 ? "-" : "").append(Math.abs(change) / 10).append('.').append(Math.abs(change) % 10).append("% |\n");
        }
        out.append('\n');
      } else {
        for (int item = 0; item < 3; item++) {
          out.append("- ").append(sentence(random, 2)).append('\n');
        }
        out.append('\n');
      }
    }
  }

  private static String phrase(Random random) {
    return PHRASES.get(random.nextInt(PHRASES.size()));
  }

  private static String sentence(Random random, int phrases) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < phrases; p++) {
      out.append(phrase(random)).append(p == phrases - 1 ? "。" : "，");
    }
    return out.toString();
  }

  /** Hugo's copy: the same reports, a config and the layouts of {@code bench/hugo-layouts}. */
  private static void writeHugo(Path hugo, Path content) throws IOException {
    // hasCJKLanguage: what Hugo's docs tell a Chinese site to set (word counts and summaries).
    write(hugo.resolve("config.yaml"), """
        baseURL: https://www.example.gov.cn/jtj/
        languageCode: zh-CN
        title: 基准测试局政府信息公开
        timeZone: Asia/Shanghai
        hasCJKLanguage: true
        disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT]
        paginate: 20
        markup:
          goldmark:
            renderer:
              unsafe: false
          tableOfContents:
            startLevel: 2
            endLevel: 3
        """);
    try (var files = Files.walk(content)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".md")) {
          continue;
        }
        write(hugo.resolve("content").resolve(content.relativize(file).toString()), Files.readString(file));
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
