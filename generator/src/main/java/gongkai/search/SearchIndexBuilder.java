package gongkai.search;

import gongkai.site.ReportPage;
import gongkai.site.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the {@link SearchIndex} one report at a time, so a build that renders reports in a stream
 * need not keep their bodies: {@link #add} reads a report's body and keeps only its {@link
 * SearchIndex.Document} and its terms, as numbers ({@link TermDictionary}) gap-encoded in a few
 * hundred bytes. Reports may be added from any thread in any order; a report's document number is
 * its place in the site's order, given up front, so {@link #build} gives the same index whatever the
 * order was.
 *
 * <p>Memory kept per report: its document (title, path, date, 索引号, section and an 80-character
 * snippet: about 0.6 KB) and about 1.1 bytes per distinct term (300 on average in the 10,000-report
 * benchmark, at most {@link SearchIndex#MAX_BODY_TERMS} plus the title's and metadata's); the
 * dictionary holds each distinct term of the site once.
 */
public final class SearchIndexBuilder {
  private final String basePath;
  private final Map<String, Integer> numbers;
  private final Entry[] entries;
  private final TermDictionary dictionary = new TermDictionary();
  private boolean built; // guarded by entries

  /** A builder for {@code site}'s reports (add each with its body). */
  public SearchIndexBuilder(Site site) {
    this(site.urls().basePath(), site.reports());
  }

  /**
   * @param basePath the site's base path, which documents' paths are relative to
   * @param reports every report the index will have, in the site's order (newest first)
   */
  public SearchIndexBuilder(String basePath, List<ReportPage> reports) {
    this.basePath = basePath;
    this.numbers = new HashMap<>(reports.size() * 4 / 3 + 1);
    for (ReportPage report : reports) {
      if (numbers.putIfAbsent(report.path(), numbers.size()) != null) {
        throw new IllegalArgumentException("report listed twice: " + report.path());
      }
    }
    this.entries = new Entry[reports.size()];
  }

  /**
   * Indexes {@code report}, whose rendered body is {@code bodyHtml}. Thread-safe; each report once.
   *
   * @throws IllegalArgumentException if the report is not one of the site's
   * @throws IllegalStateException if it was added already
   */
  public void add(ReportPage report, String bodyHtml) {
    Integer number = numbers.get(report.path());
    if (number == null) {
      throw new IllegalArgumentException("not a report of this index: " + report.path());
    }
    String body = HtmlToText.of(bodyHtml);
    SearchIndex.Document document = SearchIndex.document(report, basePath, body);
    ReportTerms terms = SearchIndex.terms(report, body);
    int[] codes = dictionary.intern(terms);
    java.util.Arrays.sort(codes);
    byte[] encoded = Varints.encodeAscending(codes);
    synchronized (entries) {
      if (built) {
        throw new IllegalStateException("index built already; not added: " + report.path());
      }
      if (entries[number] != null) {
        throw new IllegalStateException("report added twice: " + report.path());
      }
      entries[number] = new Entry(document, encoded);
    }
  }

  /**
   * Indexes {@code report} unless it was added already. A build adds each report while its page is
   * rendered (its body is then in memory); the preview adds none; either way the rest are added
   * before the index is written ({@code SiteOutputs}), so both write the same index.
   */
  public void addIfMissing(ReportPage report) {
    Integer number = numbers.get(report.path());
    if (number != null) {
      synchronized (entries) {
        if (entries[number] != null) {
          return;
        }
      }
    }
    add(report, report.body().html());
  }

  /**
   * Adds every one of {@code reports} not added yet, reading their bodies on all cores, then builds
   * the index ({@link #build}): what the preview and a one-off index need, and what a build does
   * after adding each report as its page was rendered.
   */
  public SearchIndex complete(List<ReportPage> reports) {
    reports.parallelStream().forEach(this::addIfMissing);
    return build();
  }

  /**
   * The index of every report, in the site's order. Once: each report's entry is let go as soon as
   * its postings are made, so the builder's memory and the index's are not both held in full.
   *
   * @throws IllegalStateException if a report was not added, or the index was built already
   */
  public SearchIndex build() {
    synchronized (entries) {
      if (built) {
        throw new IllegalStateException("index built already");
      }
      List<SearchIndex.Document> documents = new ArrayList<>(entries.length);
      List<String> names = dictionary.terms();
      int[] counts = new int[names.size()];
      for (int doc = 0; doc < entries.length; doc++) {
        Entry entry = entries[doc];
        if (entry == null) {
          throw new IllegalStateException("report not added: document " + doc + " of " + entries.length);
        }
        documents.add(entry.document());
        Varints.forEach(entry.codes(), code -> counts[code >>> 1]++);
      }
      int[][] postings = new int[names.size()][];
      for (int id = 0; id < postings.length; id++) {
        postings[id] = new int[counts[id]];
      }
      int[] filled = new int[names.size()];
      // Document by document, so every term's postings come out ascending.
      for (int doc = 0; doc < entries.length; doc++) {
        int base = doc * 2;
        Varints.forEach(entries[doc].codes(), code -> {
          int id = code >>> 1;
          postings[id][filled[id]++] = base + (code & 1);
        });
        entries[doc] = null;
      }
      built = true;
      Map<String, int[]> terms = new TreeMap<>();
      for (int id = 0; id < postings.length; id++) {
        if (counts[id] > 0) { // a report added twice had its terms counted but not kept
          terms.put(names.get(id), postings[id]);
        }
      }
      return new SearchIndex(documents, terms);
    }
  }

  /** A report as the builder keeps it: its document, and its term codes gap-encoded. */
  private record Entry(SearchIndex.Document document, byte[] codes) {}
}
