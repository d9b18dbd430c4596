package gongkai.content;

import java.util.Arrays;
import java.util.List;

/**
 * The front-matter keys of a report (DESIGN.md, "Content contract"), in the order docs/writing-reports.md
 * lists them. This is the one place they are defined: the parser keeps every other key as a
 * template parameter, and {@link FrontMatterSchema} describes exactly these for editors.
 */
public enum FrontMatterKey {
  TITLE("title", "标题", Kind.TEXT, true,
      "报告标题。", "The report's title."),
  INDEX_NO("index_no", "索引号", Kind.INDEX_NO, false,
      "<机构代码>/<年份>-<流水号>：机构代码为18位统一社会信用代码（GB 32100-2015）或9位组织机构代码（GB 11714-1997），"
          + "校验码都要检查；年份后可带月份（202110），流水号位数不限；网站另有编号规则的，在 site.yaml 的 index_scheme 中声明"
          + "（见 docs/索引号.md）。公开目录栏目必填。",
      "<code>/<year>-<serial>, the code an 18-character unified social credit code (GB 32100-2015) or a 9-character"
          + " organisation code (GB 11714-1997), its check character verified; the year may carry a month (202110), the"
          + " serial any width; a site numbering otherwise declares index_scheme in site.yaml (docs/索引号.md)."
          + " Required in disclosure sections."),
  PUBLISHER("publisher", "发布机构", Kind.TEXT, false,
      "发布机构，缺省为 site.yaml 的 organization。", "Publishing body; defaults to organization in site.yaml."),
  DATE("date", "发布日期", Kind.DATE, true,
      "发布日期：2024-01-02、2024-01-02 15:54:42、2024年1月2日、2024年1月2日 15:54 或带时区 2024-01-02T15:54:42+08:00。",
      "Publication date: 2024-01-02, 2024-01-02 15:54:42, 2024年1月2日, 2024年1月2日 15:54 or with an offset,"
          + " 2024-01-02T15:54:42+08:00."),
  WRITTEN("written", "成文日期", Kind.DATE, false,
      "成文日期，格式同发布日期。", "Date the document was written, as for date."),
  DOC_NO("doc_no", "文号", Kind.TEXT, false,
      "文号，例如 东交发〔2024〕3号。", "Document number, e.g. 东交发〔2024〕3号."),
  CATEGORY("category", "主题分类", Kind.TEXT, false,
      "主题分类。", "Subject category."),
  KEYWORDS("keywords", "主题词", Kind.TEXT_LIST, false,
      "主题词列表，例如 [年报, 公开]。", "Subject keywords, a list: [年报, 公开]."),
  VALIDITY("validity", "有效性", Kind.VALIDITY, false,
      "有效性：有效、失效、废止 或 已修改；不在施行的文件页面顶部显示提示。",
      "Validity: 有效 (in force), 失效 (lapsed), 废止 (repealed) or 已修改 (amended); pages not in force show a notice."),
  EFFECTIVE("effective", "施行日期", Kind.DATE, false,
      "施行日期，格式同发布日期。", "Date the document takes effect, as for date."),
  EXPIRES("expires", "失效日期", Kind.DATE, false,
      "失效日期：从这一天起文件按 失效 显示（按生成网站当天的日期计算），不得早于发布日期。",
      "First day the document is no longer in force: from that day, counted on the day the site is built, it shows as 失效."
          + " Not before date."),
  UPDATED("updated", "更新日期", Kind.DATE, false,
      "最近一次实质性修改的日期，显示在发布日期旁，并用于网站地图和订阅源。",
      "Last substantive change; shown beside the date published and used by the sitemap and feeds."),
  REPLACED_BY("replaced_by", "替代文件", Kind.REPORT_PATH, false,
      "替代本文件的新文件：它在 content/ 下的路径，例如 gkml/2024/new.md。只需在一方填写。",
      "The report that replaced this one: its path below content/, e.g. gkml/2024/new.md. Write it on one side only."),
  REPLACES("replaces", "被替代文件", Kind.REPORT_PATH_LIST, false,
      "本文件替代的旧文件（content/ 下的路径，可写列表）。只需在一方填写。",
      "The reports this one replaced (paths below content/, a list allowed). Write it on one side only."),
  INTERPRETS("interprets", "解读的文件", Kind.REPORT_PATH, false,
      "政策解读所解读的文件（content/ 下的路径）；两页互相链接（相关解读 / 相关文件）。",
      "For a 政策解读: the policy it explains (path below content/); both pages link each other."),
  REVISIONS("revisions", "修订记录", Kind.REVISIONS, false,
      "修订记录列表：每项 date 和 change（改了什么）。", "Revision history: each a date and the change made."),
  SUMMARY("summary", "摘要", Kind.TEXT, false,
      "一句话摘要，用于列表、订阅源和页面描述。", "One-sentence summary for lists, feeds and the page description."),
  ATTACHMENTS("attachments", "附件", Kind.ATTACHMENTS, false,
      "附件列表：每项 file（相对本报告的路径）和可选的 title。",
      "Attachments: each a file path relative to the report, with an optional title."),
  SLUG("slug", "网址段", Kind.SLUG, false,
      "网址中的一段，只用 a-z、0-9 和 -；缺省取文件名。", "URL segment, a-z, 0-9 and '-' only; defaults to the file name."),
  DRAFT("draft", "草稿", Kind.FLAG, false,
      "true 表示草稿，只有 build --drafts 才生成。", "true keeps the report out of the site unless built with --drafts."),
  ANNUAL_REPORT("annual_report", "年度报告数据", Kind.ANNUAL_REPORT, false,
      "政府信息公开工作年度报告的表格数据（国办公开办函〔2021〕30号格式），正文用 {{年报表格 二}} 等放置表格；见 docs/年度报告.md。",
      "The figures of the annual disclosure report's three tables; the body places each with {{年报表格 二}} and so on."
          + " See docs/年度报告.md.");

  /** What a key's value looks like; {@link FrontMatterSchema} turns each into a schema. */
  public enum Kind { TEXT, INDEX_NO, DATE, TEXT_LIST, ATTACHMENTS, SLUG, FLAG, VALIDITY, REPORT_PATH, REPORT_PATH_LIST, REVISIONS, ANNUAL_REPORT }

  private final String key;
  private final String label;
  private final Kind kind;
  private final boolean required;
  private final String chinese;
  private final String english;

  FrontMatterKey(String key, String label, Kind kind, boolean required, String chinese, String english) {
    this.key = key;
    this.label = label;
    this.kind = kind;
    this.required = required;
    this.chinese = chinese;
    this.english = english;
  }

  /** The key as written in front matter, e.g. {@code index_no}. */
  public String key() {
    return key;
  }

  /** The Chinese label pages show, e.g. 索引号. */
  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  /** Whether every report needs it ({@code index_no} is required only in disclosure sections). */
  public boolean required() {
    return required;
  }

  /** What the key means, in Chinese, then in English. */
  public String description() {
    return chinese + " " + english;
  }

  /** Every key, in contract order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(FrontMatterKey::key).toList();
  }
}
