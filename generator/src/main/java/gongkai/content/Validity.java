package gongkai.content;

import java.util.Arrays;
import java.util.Comparator;

/**
 * 有效性: whether a document is in force, in the words disclosure portals use on a 规范性文件's
 * page. The four values follow how portals mark documents and how 规范性文件 are cleaned up: a
 * document is kept in force (有效), lapses when its term ends or its task is done (失效, shown on
 * pages as 【已失效】 before the title, e.g. the 惠州市人民政府 page for 惠府〔2017〕46号, mirrored at
 * http://m.haohg.cn/zfxxgkml/hzsrmzf/gzwj/gfxwj/content/post_1957499.html), or is repealed (废止)
 * or amended (修改) by a later decision when "被新的法律、法规、规章、政策或者上位规范性文件替代、修改、
 * 废止了部分或者全部内容" (a 规范性文件清理 rule, http://m.jianbiaoku.com/webarbs/book/47381/892883.shtml).
 */
public enum Validity {
  /** 有效: in force. */
  IN_FORCE("有效", true),
  /** 失效: lapsed, by its own term ({@code expires}) or declared so. */
  EXPIRED("失效", false),
  /** 废止: repealed by a later decision. */
  REPEALED("废止", false),
  /** 已修改: amended; in force as amended by its successor. */
  AMENDED("已修改", true);

  private final String label;
  private final boolean inForce;

  Validity(String label, boolean inForce) {
    this.label = label;
    this.inForce = inForce;
  }

  /** The word front matter and pages use, e.g. 废止. */
  public String label() {
    return label;
  }

  /** Whether the document still binds (有效, 已修改); the 信息公开目录 can list only these. */
  public boolean inForce() {
    return inForce;
  }

  /** The enum name in lower case, for CSS classes and templates: {@code repealed}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * @throws InvalidValue naming the allowed values, for a value that is none of them
   */
  public static Validity parse(String text) {
    for (Validity v : values()) {
      if (v.label.equals(text)) {
        return v;
      }
    }
    throw new InvalidValue(gongkai.problem.Message.of("content.validity.unknown", text, labels()));
  }

  /** The allowed value nearest to {@code text} by edit distance over characters: 已废止 → 废止. */
  public static Validity nearest(String text) {
    return Arrays.stream(values())
        .min(Comparator.comparingInt((Validity v) -> Nearest.distance(text, v.label)))
        .orElseThrow();
  }

  /** The labels, in order: 有效, 失效, 废止, 已修改. */
  static java.util.List<String> labels() {
    return Arrays.stream(values()).map(Validity::label).toList();
  }
}
