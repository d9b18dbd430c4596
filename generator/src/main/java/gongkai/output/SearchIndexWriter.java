package gongkai.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code search-index.json} at the site root, for {@code assets/js/search.js}: compact JSON
 * (no indentation), terms in sorted order, so the same site gives the same bytes.
 */
public final class SearchIndexWriter {
  /** Where the index lives; both editions' search pages fetch it. */
  public static final String PATH = "search-index.json";

  /** The format's version, so a script can tell an index it does not understand. */
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchIndexWriter() {}

  public static OutputFile write(SearchIndex index) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("v", VERSION);
    root.put("docs", index.documents());
    root.put("terms", index.terms());
    try {
      return new OutputFile(PATH, JSON.writeValueAsBytes(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("search index is not serialisable", e);
    }
  }
}
