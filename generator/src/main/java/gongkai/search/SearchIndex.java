package gongkai.search;

import gongkai.content.DisclosureDate;
import gongkai.content.FrontMatter;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search index both editions share: one entry per report, newest first, and for every term
 * (see {@link SearchTokenizer}) the postings of the documents that contain it, ascending. A
 * posting is {@code document number × 2 + 1 if the term is in the title}: the script ranks title
 * hits first without fetching any title, and the sorted values still gap-encode to small numbers
 * ({@link SearchIndexWriter}). Document numbers follow the site's order, so a lower number is a
 * newer report, which is how results are ranked after title hits.
 *
 * <p>Title, 索引号, 文号, 主题分类 and 主题词 give every character and bigram
 * ({@link SearchTokenizer#indexTerms}); 摘要 and body give bigrams and lone characters
 * ({@link SearchTokenizer#bodyTerms}), at most {@link #MAX_BODY_TERMS} distinct terms per report.
 *
 * @param documents what a result shows, in site order (newest first)
 * @param terms term → ascending postings, sorted by term so the bytes never change
 */
public record SearchIndex(List<Document> documents, Map<String, int[]> terms) {
  /** Snippets longer than this (in characters) are cut, so the index stays small. */
  static final int SNIPPET_LENGTH = 80;

  /**
   * Distinct body terms indexed per report, in the order they first occur: a very long report
   * (a 200-page plan pasted in) is found by its first tens of thousands of characters rather than
   * adding a posting to every bigram of the language. Typical reports have a few thousand.
   */
  static final int MAX_BODY_TERMS = 20_000;

  // The patterns the templates' display_date filter uses (gongkai.theme.DateFilter): results show
  // 发布日期 exactly as the report page does.
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

  public SearchIndex {
    documents = List.copyOf(documents);
    terms = java.util.Collections.unmodifiableMap(new TreeMap<>(terms));
  }

  /**
   * A search result as the script shows it. Short JSON names, since each is repeated once per report.
   *
   * @param t 标题
   * @param p the standard page's path, percent-encoded, relative to the site root
   *     ({@code gkml/2024/fazhi-report/}); each edition puts its own prefix before it
   * @param d 发布日期 as pages show it
   * @param i 索引号, or empty
   * @param s the section's title
   * @param x the summary, or the start of the body
   * @param v 有效性 when the page shows a notice for it (失效, 废止, 已修改), else null and left out of
   *     the JSON, so the results of documents in force cost nothing more
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record Document(String t, String p, String d, String i, String s, String x, String v) {
    public Document {
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(p, "p");
    }

    /** A result without a validity mark. */
    public Document(String t, String p, String d, String i, String s, String x) {
      this(t, p, d, i, s, x, null);
    }
  }

  /**
   * The index of the standard edition's reports (the care edition has the same reports at the same
   * paths), their bodies read on all cores. A build that renders reports in a stream adds each to a
   * {@link SearchIndexBuilder} instead.
   */
  public static SearchIndex of(Site site) {
    return new SearchIndexBuilder(site).complete(site.reports());
  }

  /** What a result shows for {@code report}, whose body's text is {@code body}. */
  static Document document(ReportPage report, String base, String body) {
    FrontMatter meta = report.meta();
    return new Document(
        meta.title(),
        report.url().substring(base.length()),
        display(meta.date()),
        indexNo(meta),
        report.section().title(),
        snippet(meta.summary() == null || meta.summary().isBlank() ? body : meta.summary()),
        report.hasValidityNotice() ? report.validity().label() : null);
  }

  /**
   * {@code report}'s terms: its title's and metadata's index terms, then the first {@link
   * #MAX_BODY_TERMS} distinct body terms of its summary and body text.
   */
  static ReportTerms terms(ReportPage report, String body) {
    FrontMatter meta = report.meta();
    ReportTerms terms = new ReportTerms();
    terms.addIndexTerms(meta.title(), true);
    StringBuilder fields = new StringBuilder();
    for (String field : new String[] {indexNo(meta), meta.docNo(), meta.category()}) {
      if (field != null) {
        fields.append(field).append('\n');
      }
    }
    meta.keywords().forEach(k -> fields.append(k).append('\n'));
    terms.addIndexTerms(fields.toString(), false);
    // Summary and body one after the other: a line break separates terms, so this reads as their
    // concatenation would.
    if (meta.summary() != null) {
      terms.addBodyTerms(meta.summary(), MAX_BODY_TERMS);
    }
    terms.addBodyTerms(body, MAX_BODY_TERMS);
    return terms;
  }

  private static String indexNo(FrontMatter meta) {
    return meta.indexNo() == null ? "" : meta.indexNo().toString();
  }

  /**
   * The documents that contain every term of {@code query}, title hits first (more query terms in
   * the title first), then in document order: what the script finds.
   */
  public List<Integer> find(String query) {
    Set<String> wanted = SearchTokenizer.queryTerms(query);
    if (wanted.isEmpty()) {
      return List.of();
    }
    Map<Integer, Integer> titleHits = null;
    for (String term : wanted) {
      Map<Integer, Integer> next = new TreeMap<>();
      for (int posting : terms.getOrDefault(term, new int[0])) {
        int doc = posting >> 1;
        if (titleHits == null || titleHits.containsKey(doc)) {
          next.put(doc, (titleHits == null ? 0 : titleHits.get(doc)) + (posting & 1));
        }
      }
      titleHits = next;
    }
    Map<Integer, Integer> hits = titleHits;
    return hits.keySet().stream()
        .sorted(java.util.Comparator.comparing((Integer doc) -> -hits.get(doc)).thenComparing(doc -> doc))
        .toList();
  }

  private static String display(DisclosureDate date) {
    return (date.hasTime() ? DATE_TIME : DATE).format(date.value());
  }

  /**
   * {@code text} stripped, every run of whitespace ({@code \s}: ASCII) made one space, and cut after
   * {@link #SNIPPET_LENGTH} code points with "…". Reads only as far as the cut: a body can be long.
   */
  static String snippet(String text) {
    String s = text.strip();
    StringBuilder out = new StringBuilder(Math.min(s.length(), 2 * SNIPPET_LENGTH + 1));
    int points = 0;
    for (int i = 0; i < s.length(); ) {
      if (points == SNIPPET_LENGTH) {
        return out.append('…').toString();
      }
      int cp = s.codePointAt(i);
      if (isRegexSpace(cp)) {
        while (i < s.length() && isRegexSpace(s.charAt(i))) {
          i++;
        }
        out.append(' ');
      } else {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
      points++;
    }
    return out.toString();
  }

  /** The characters of the regular expression {@code \s} without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
