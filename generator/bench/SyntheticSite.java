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
 * it). Deterministic: the same N gives the same files.
 *
 * <p>Run with the JDK's source launcher: {@code java SyntheticSite.java <dir> <n>}.
 */
public final class SyntheticSite {
  private static final String CODE = "113715020044301982"; // a valid GB 32100-2015 credit code
  private static final List<String> SECTIONS = List.of("gkml", "tzgg", "zcwj");
  private static final List<String> SECTION_TITLES = List.of("政府信息公开目录", "通知公告", "政策文件");
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
  private static final long TEN_YEARS_IN_MINUTES = 10L * 365 * 24 * 60;
  private static final List<String> NUMBERS = List.of("一", "二", "三", "四", "五", "六");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java SyntheticSite.java <dir> <number of reports>");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Path content = dir.resolve("content");
    write(content.resolve("site.yaml"), siteYaml());
    for (int s = 0; s < SECTIONS.size(); s++) {
      write(content.resolve(SECTIONS.get(s)).resolve("_index.md"),
          "---\ntitle: " + SECTION_TITLES.get(s) + "\n---\n\n" + SECTION_TITLES.get(s) + "栏目的基准测试报告。\n");
    }
    Random random = new Random(n);
    for (int i = 1; i <= n; i++) {
      String section = SECTIONS.get(i % SECTIONS.size());
      // Spread over ten years whatever N is, so year lists and pagination look like a real site's.
      LocalDateTime date = LocalDateTime.of(2015, 1, 1, 9, 0).plusMinutes(TEN_YEARS_IN_MINUTES * i / (n + 1));
      Path file = content.resolve(section).resolve(Integer.toString(date.getYear())).resolve("r" + i + ".md");
      write(file, report(i, date, random));
    }
    writeHugo(dir.resolve("hugo"), content);
  }

  private static String siteYaml() {
    return """
        title: 基准测试局政府信息公开
        base_url: https://www.example.gov.cn/jtj/
        language: zh-CN
        time_zone: Asia/Shanghai
        organization: 基准测试局
        sections: [gkml, tzgg, zcwj]
        footer:
          site_code: "3715020044"
          icp: 鲁ICP备05012345号
        """;
  }

  private static String report(int i, LocalDateTime date, Random random) {
    String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
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
    int headings = 3 + random.nextInt(3);
    for (int h = 0; h < headings; h++) {
      out.append("## ").append(NUMBERS.get(h)).append("、").append(phrase(random)).append("\n\n");
      for (int sub = 0; sub < 2; sub++) {
        out.append("### （").append(NUMBERS.get(sub)).append("）").append(phrase(random)).append("\n\n");
        out.append(sentence(random, 5 + random.nextInt(6))).append("\n\n");
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
    return out.toString();
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

  /** Hugo's copy: the same reports, a config and the minimal layout of {@code bench/hugo-layouts}. */
  private static void writeHugo(Path hugo, Path content) throws IOException {
    write(hugo.resolve("config.yaml"), """
        baseURL: https://www.example.gov.cn/jtj/
        languageCode: zh-CN
        title: 基准测试局政府信息公开
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
