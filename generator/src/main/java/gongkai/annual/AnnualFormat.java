package gongkai.annual;

import java.util.List;

/**
 * The three tables of the 政府信息公开工作年度报告 as the State Council's disclosure office fixed them
 * in 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》 (2021-09-26, its 附件 "年度报告格式"):
 * every row and column label, in the format's order. The text was read from copies of the notice on
 * government portals (zrzy.smx.gov.cn/16903/616589856/1288675.html, 275167.com 宁国市商务局 copy) and
 * from annual reports published in the format (www.lg.gov.cn/xxgk/xxgknb/qzfgzbm/content/post_11956962.html,
 * 2024; www.szgm.gov.cn …/post_11976060.html, 2024; www.gaoling.gov.cn …/61e26d0ef8fd1c0bdc7a23eb.html,
 * 2021), which reproduce the tables cell for cell.
 *
 * <p>Each row is written in front matter under {@code annual_report} by its {@link Row#key()} as a
 * list of figures in the table's column order.
 */
public final class AnnualFormat {
  private AnnualFormat() {}

  /** One row of a table: its key in front matter, its label in the table and its name in problems. */
  public record Row(String key, String label, String words, String group) {
    /** A row outside any group of rows. */
    Row(String key, String label, String words) {
      this(key, label, words, null);
    }
  }

  /** One table: its key under annual_report, caption, rows and the names of its figure columns. */
  public record Table(String number, String key, String caption, List<Row> rows, List<String> columns) {
    Row row(String key) {
      return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
  }

  /** The key under which a report keeps its figures. */
  public static final String KEY = "annual_report";
  /** The key of the year the report covers (年度), under {@link #KEY}. */
  public static final String YEAR = "年度";

  // ---- 二、主动公开政府信息情况 -------------------------------------------------------------
  // Four blocks, each headed by the article of the 条例 (第二十条第（一）（五）（六）（八）项), then
  // "信息内容" and its figure columns:
  //   （一）项: 规章, 行政规范性文件 × 本年制发件数 | 本年废止件数 | 现行有效件数
  //   （五）项: 行政许可 × 本年处理决定数量
  //   （六）项: 行政处罚, 行政强制 × 本年处理决定数量
  //   （八）项: 行政事业性收费 × 本年收费金额（单位：万元）
  /** The blocks of table 二: heading, figure column labels, and the rows. */
  public record Block(String heading, List<String> columns, List<Row> rows) {}

  public static final String CONTENT = "信息内容";

  public static final List<Block> BLOCKS = List.of(
      new Block("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of(
          new Row("规章", "规章", "二、第二十条第（一）项 规章"),
          new Row("行政规范性文件", "行政规范性文件", "二、第二十条第（一）项 行政规范性文件"))),
      new Block("第二十条第（五）项", List.of("本年处理决定数量"), List.of(
          new Row("行政许可", "行政许可", "二、第二十条第（五）项 行政许可"))),
      new Block("第二十条第（六）项", List.of("本年处理决定数量"), List.of(
          new Row("行政处罚", "行政处罚", "二、第二十条第（六）项 行政处罚"),
          new Row("行政强制", "行政强制", "二、第二十条第（六）项 行政强制"))),
      new Block("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of(
          new Row("行政事业性收费", "行政事业性收费", "二、第二十条第（八）项 行政事业性收费"))));

  /** The one figure of table 二 that is an amount (万元), not a count: it may have decimals. */
  public static final String FEES = "行政事业性收费";

  public static final Table TWO = new Table("二", "主动公开", "二、主动公开政府信息情况",
      BLOCKS.stream().flatMap(b -> b.rows().stream()).toList(), List.of());

  /** Table 二's figure columns for a row. */
  public static List<String> columnsOf(Row row) {
    return BLOCKS.stream().filter(b -> b.rows().contains(row)).findFirst().orElseThrow().columns();
  }

  // ---- 三、收到和处理政府信息公开申请情况 --------------------------------------------------------
  // Header: a corner cell "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" over the
  // three label columns; "申请人情况" over the seven figure columns; below it 自然人, 法人或其他组织 (over
  // 商业企业 科研机构 社会公益组织 法律服务机构 其他) and 总计.
  public static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  public static final String APPLICANTS = "申请人情况";
  public static final String NATURAL = "自然人";
  public static final String LEGAL = "法人或其他组织";
  public static final String TOTAL = "总计";
  public static final List<String> LEGAL_KINDS = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
  /** The figure columns of table 三 in order: 自然人, the five kinds of 法人或其他组织, 总计. */
  public static final List<String> APPLICANT_COLUMNS =
      List.of(NATURAL, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", TOTAL);

  public static final String RESULTS = "三、本年度办理结果";
  public static final String G3 = "（三）不予公开";
  public static final String G4 = "（四）无法提供";
  public static final String G5 = "（五）不予处理";
  public static final String G6 = "（六）其他处理";

  public static final Row RECEIVED = new Row("本年新收", "一、本年新收政府信息公开申请数量", "三、一、本年新收");
  public static final Row CARRIED_IN = new Row("上年结转", "二、上年结转政府信息公开申请数量", "三、二、上年结转");
  public static final Row RESULT_TOTAL = new Row("总计", "（七）总计", "三、（七）总计");
  public static final Row CARRIED_OUT = new Row("结转下年度继续办理", "四、结转下年度继续办理", "三、四、结转下年度继续办理");

  /** The rows of 三、本年度办理结果 （一）…（六） with their sub-items: what （七）总计 adds up. */
  public static final List<Row> RESULT_ROWS = List.of(
      new Row("予以公开", "（一）予以公开", "三、（一）予以公开"),
      new Row("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三、（二）部分公开"),
      new Row("属于国家秘密", "1.属于国家秘密", "三、（三）1.属于国家秘密", G3),
      new Row("其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开", "三、（三）2.其他法律行政法规禁止公开", G3),
      new Row("危及三安全一稳定", "3.危及“三安全一稳定”", "三、（三）3.危及“三安全一稳定”", G3),
      new Row("保护第三方合法权益", "4.保护第三方合法权益", "三、（三）4.保护第三方合法权益", G3),
      new Row("属于三类内部事务信息", "5.属于三类内部事务信息", "三、（三）5.属于三类内部事务信息", G3),
      new Row("属于四类过程性信息", "6.属于四类过程性信息", "三、（三）6.属于四类过程性信息", G3),
      new Row("属于行政执法案卷", "7.属于行政执法案卷", "三、（三）7.属于行政执法案卷", G3),
      new Row("属于行政查询事项", "8.属于行政查询事项", "三、（三）8.属于行政查询事项", G3),
      new Row("本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息", "三、（四）1.本机关不掌握相关政府信息", G4),
      new Row("没有现成信息需要另行制作", "2.没有现成信息需要另行制作", "三、（四）2.没有现成信息需要另行制作", G4),
      new Row("补正后申请内容仍不明确", "3.补正后申请内容仍不明确", "三、（四）3.补正后申请内容仍不明确", G4),
      new Row("信访举报投诉类申请", "1.信访举报投诉类申请", "三、（五）1.信访举报投诉类申请", G5),
      new Row("重复申请", "2.重复申请", "三、（五）2.重复申请", G5),
      new Row("要求提供公开出版物", "3.要求提供公开出版物", "三、（五）3.要求提供公开出版物", G5),
      new Row("无正当理由大量反复申请", "4.无正当理由大量反复申请", "三、（五）4.无正当理由大量反复申请", G5),
      new Row("要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息",
          "三、（五）5.要求行政机关确认或重新出具已获取信息", G5),
      // （六）其他处理's three sub-items came with the 2021 revision (the 信息处理费 of 国办函〔2020〕109号);
      // reports in the 2019 format show （六） without them.
      new Row("逾期不补正", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "三、（六）1.逾期不补正", G6),
      new Row("逾期未缴费", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "三、（六）2.逾期未缴费", G6),
      new Row("其他情形", "3.其他", "三、（六）3.其他", G6));

  public static final Table THREE = new Table("三", "依申请公开", "三、收到和处理政府信息公开申请情况",
      java.util.stream.Stream.of(List.of(RECEIVED, CARRIED_IN), RESULT_ROWS, List.of(RESULT_TOTAL, CARRIED_OUT))
          .flatMap(List::stream).toList(),
      APPLICANT_COLUMNS);

  // ---- 四、政府信息公开行政复议、行政诉讼情况 ------------------------------------------------------
  // Header: 行政复议 over five columns; 行政诉讼 over 未经复议直接起诉 and 复议后起诉, five columns each;
  // the five are 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计. One row of fifteen figures.
  public static final String REVIEW = "行政复议";
  public static final String LAWSUIT = "行政诉讼";
  public static final List<String> OUTCOMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  public static final Table FOUR = new Table("四", "复议诉讼", "四、政府信息公开行政复议、行政诉讼情况", List.of(
      new Row("行政复议", "行政复议", "四、行政复议"),
      new Row("未经复议直接起诉", "未经复议直接起诉", "四、行政诉讼 未经复议直接起诉", LAWSUIT),
      new Row("复议后起诉", "复议后起诉", "四、行政诉讼 复议后起诉", LAWSUIT)),
      OUTCOMES);

  public static final List<Table> TABLES = List.of(TWO, THREE, FOUR);

  /** The six parts of the report's outline (格式 "二、报告格式"), for a new report's body. */
  public static final List<String> OUTLINE = List.of(
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项");

  /** The figure columns of {@code row} in {@code table}. */
  public static List<String> columns(Table table, Row row) {
    return table == TWO ? columnsOf(row) : table.columns();
  }

  public static Table table(String number) {
    return TABLES.stream().filter(t -> t.number().equals(number)).findFirst().orElse(null);
  }
}
