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
 * (see {@link SearchTokenizer}) the numbers of the documents that contain it, ascending. Document
 * numbers follow the site's order, so a lower number is a newer report, which is how the script
 * ranks results after title hits.
 *
 * @param documents what a result shows, in site order (newest first)
 * @param terms term → ascending document numbers, sorted by term so the bytes never change
 */
public record SearchIndex(List<Document> documents, Map<String, int[]> terms) {
  /** Snippets longer than this (in characters) are cut, so the index stays small. */
  static final int SNIPPET_LENGTH = 80;

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
    List<Document> documents = new ArrayList<>();
    Map<String, List<Integer>> postings = new TreeMap<>();
    String base = site.urls().basePath();
    for (ReportPage report : site.reports()) {
      int number = documents.size();
      FrontMatter meta = report.meta();
      String body = Jsoup.parseBodyFragment(report.body().html()).text();
      String indexNo = meta.indexNo() == null ? "" : meta.indexNo().toString();
      documents.add(new Document(
          meta.title(),
          report.url().substring(base.length()),
          display(meta.date()),
          indexNo,
          report.section().title(),
          snippet(meta.summary() == null || meta.summary().isBlank() ? body : meta.summary())));
      StringBuilder text = new StringBuilder();
      for (String field : new String[] {meta.title(), meta.summary(), body, indexNo, meta.docNo(), meta.category()}) {
        if (field != null) {
          text.append(field).append('\n');
        }
      }
      meta.keywords().forEach(k -> text.append(k).append('\n'));
      Set<String> terms = SearchTokenizer.indexTerms(text.toString());
      terms.forEach(term -> postings.computeIfAbsent(term, k -> new ArrayList<>()).add(number));
    }
    Map<String, int[]> terms = new TreeMap<>();
    postings.forEach((term, docs) -> terms.put(term, docs.stream().mapToInt(Integer::intValue).toArray()));
    return new SearchIndex(documents, terms);
  }

  /** The documents that contain every term of {@code query}, in document order: what the script finds. */
  public List<Integer> find(String query) {
    Set<String> wanted = SearchTokenizer.queryTerms(query);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Integer> found = null;
    for (String term : wanted) {
      int[] docs = terms.getOrDefault(term, new int[0]);
      List<Integer> list = java.util.Arrays.stream(docs).boxed().toList();
      found = found == null ? new ArrayList<>(list) : new ArrayList<>(found.stream().filter(list::contains).toList());
    }
    return List.copyOf(found);
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
