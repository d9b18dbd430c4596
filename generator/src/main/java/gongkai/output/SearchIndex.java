package gongkai.output;

import gongkai.content.DisclosureDate;
import gongkai.content.FrontMatter;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;

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
  private static final int BATCH = 256;

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
   */
  public record Document(String t, String p, String d, String i, String s, String x) {
    public Document {
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(p, "p");
    }
  }

  /** The index of the standard edition's reports (the care edition has the same reports at the same paths). */
  public static SearchIndex of(Site site) {
    String base = site.urls().basePath();
    List<ReportPage> reports = site.reports();
    List<Document> documents = new ArrayList<>(reports.size());
    // Hashed while collecting, sorted once at the end (terms below): a tree compared every term on
    // insertion, and boxed postings cost an object each.
    Map<String, Postings> postings = new java.util.HashMap<>();
    // Reports are read and tokenised on all cores, a batch at a time (a report's terms are many, so
    // only a batch's are held at once); the postings are made in report order, so the index does
    // not depend on the threads.
    for (int from = 0; from < reports.size(); from += BATCH) {
      List<Indexed> batch = reports.subList(from, Math.min(from + BATCH, reports.size())).parallelStream()
          .map(report -> index(report, base)).toList();
      for (Indexed one : batch) {
        int number = documents.size();
        documents.add(one.document());
        for (String term : one.terms()) {
          postings.computeIfAbsent(term, k -> new Postings()).add(number * 2 + (one.title().contains(term) ? 1 : 0));
        }
      }
    }
    Map<String, int[]> terms = new TreeMap<>();
    postings.forEach((term, docs) -> terms.put(term, docs.toArray()));
    return new SearchIndex(documents, terms);
  }

  /** A term's postings as they are added, in a growing int array. */
  private static final class Postings {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  /** One report's document, its terms in order, and those of them in its title. */
  private record Indexed(Document document, Set<String> terms, Set<String> title) {}

  private static Indexed index(ReportPage report, String base) {
    FrontMatter meta = report.meta();
    String body = Jsoup.parseBodyFragment(report.body().html()).text();
    String indexNo = meta.indexNo() == null ? "" : meta.indexNo().toString();
    Document document = new Document(
        meta.title(),
        report.url().substring(base.length()),
        display(meta.date()),
        indexNo,
        report.section().title(),
        snippet(meta.summary() == null || meta.summary().isBlank() ? body : meta.summary()));
    Set<String> title = SearchTokenizer.indexTerms(meta.title());
    Set<String> terms = new java.util.LinkedHashSet<>(title);
    StringBuilder fields = new StringBuilder();
    for (String field : new String[] {indexNo, meta.docNo(), meta.category()}) {
      if (field != null) {
        fields.append(field).append('\n');
      }
    }
    meta.keywords().forEach(k -> fields.append(k).append('\n'));
    terms.addAll(SearchTokenizer.indexTerms(fields.toString()));
    String prose = (meta.summary() == null ? "" : meta.summary() + "\n") + body;
    SearchTokenizer.bodyTerms(prose).stream().limit(MAX_BODY_TERMS).forEach(terms::add);
    return new Indexed(document, terms, title);
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

  static String snippet(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.codePointCount(0, s.length()) <= SNIPPET_LENGTH) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, SNIPPET_LENGTH)) + "…";
  }
}
