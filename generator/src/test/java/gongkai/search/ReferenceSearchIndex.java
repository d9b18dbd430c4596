package gongkai.search;

import gongkai.content.FrontMatter;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * The search index as it was made before it was made fast (a String per term, a jsoup parse and a
 * regular expression per report, one thread): the oracle SearchIndexBuilderTest compares with.
 */
final class ReferenceSearchIndex {
  private ReferenceSearchIndex() {}

  static SearchIndex of(Site site) {
    String base = site.urls().basePath();
    List<SearchIndex.Document> documents = new ArrayList<>();
    Map<String, List<Integer>> postings = new TreeMap<>();
    for (ReportPage report : site.reports()) {
      FrontMatter meta = report.meta();
      String body = Jsoup.parseBodyFragment(report.body().html()).text();
      String indexNo = meta.indexNo() == null ? "" : meta.indexNo().toString();
      int number = documents.size();
      documents.add(new SearchIndex.Document(
          meta.title(),
          report.url().substring(base.length()),
          (meta.date().hasTime() ? DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss") : DateTimeFormatter.ofPattern("uuuu-MM-dd"))
              .format(meta.date().value()),
          indexNo,
          report.section().title(),
          snippet(meta.summary() == null || meta.summary().isBlank() ? body : meta.summary()),
          report.hasValidityNotice() ? report.validity().label() : null));
      Set<String> title = ReferenceTokenizer.indexTerms(meta.title());
      Set<String> terms = new LinkedHashSet<>(title);
      StringBuilder fields = new StringBuilder();
      for (String field : new String[] {indexNo, meta.docNo(), meta.category()}) {
        if (field != null) {
          fields.append(field).append('\n');
        }
      }
      meta.keywords().forEach(k -> fields.append(k).append('\n'));
      terms.addAll(ReferenceTokenizer.indexTerms(fields.toString()));
      String prose = (meta.summary() == null ? "" : meta.summary() + "\n") + body;
      ReferenceTokenizer.bodyTerms(prose).stream().limit(SearchIndex.MAX_BODY_TERMS).forEach(terms::add);
      for (String term : terms) {
        postings.computeIfAbsent(term, k -> new ArrayList<>()).add(number * 2 + (title.contains(term) ? 1 : 0));
      }
    }
    Map<String, int[]> terms = new TreeMap<>();
    postings.forEach((term, docs) -> terms.put(term, docs.stream().mapToInt(Integer::intValue).toArray()));
    return new SearchIndex(documents, terms);
  }

  static String snippet(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.codePointCount(0, s.length()) <= SearchIndex.SNIPPET_LENGTH) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, SearchIndex.SNIPPET_LENGTH)) + "…";
  }
}
