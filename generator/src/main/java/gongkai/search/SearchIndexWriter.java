package gongkai.search;

import gongkai.output.OutputFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the search index as many small files under {@code search-index/} at the site root, for
 * {@code assets/js/search.js}, so a query downloads only what it needs however large the site is:
 *
 * <ul>
 *   <li>{@code meta.json}: the format version, the number of documents, documents per chunk and
 *       the number of term shards;
 *   <li>{@code docs-K.json}: documents {@code K × CHUNK} to {@code K × CHUNK + CHUNK - 1}, fetched
 *       only for the results on screen;
 *   <li>{@code terms-S.json}: the terms whose {@link #shardOf hash} is {@code S}, each with its
 *       postings as one string ({@link #encode}), fetched only for the query's terms.
 * </ul>
 *
 * <p>Terms are sharded by a hash of the whole term, not its first character: Chinese bigrams
 * starting with 的, 国 or 年 are far more numerous than others, so first-character shards would be
 * very uneven, and the index needs no prefix search. The shard count is a power of two chosen from
 * the postings' total size ({@link #TARGET_SHARD_BYTES} per shard on average), so it grows with the
 * site and is the same for the same content. Compact JSON, keys sorted: the same site gives the
 * same bytes.
 */
public final class SearchIndexWriter {
  /** The folder of the index files; both editions' search pages fetch from it. */
  public static final String DIR = "search-index/";

  /** The format's version, so a script can tell an index it does not understand. */
  static final int VERSION = 2;

  /** Documents per {@code docs-K.json}: a page of results usually needs one or two chunks. */
  static final int CHUNK = 32;

  /**
   * The average shard size aimed at, before compression. A query fetches one shard per term (a
   * two-word Chinese query has four or more bigrams), so this, times four, is about what a query
   * downloads besides its documents; at 10,000 benchmark reports a two-word query downloaded 212 KB
   * with 32 KB and 147 KB with 16 KB (twice the files).
   */
  static final int TARGET_SHARD_BYTES = 16 * 1024;

  /** Even a small site gets a few shards, so the format does not change as it grows. */
  static final int MIN_SHARDS = 16;

  /** Beyond this, more files would cost more in requests and file-system entries than they save. */
  static final int MAX_SHARDS = 4096;

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchIndexWriter() {}

  public static List<OutputFile> write(SearchIndex index) {
    Map<String, String> gaps = new TreeMap<>();
    index.terms().forEach((term, postings) -> gaps.put(term, encode(postings)));
    int shards = shardCount(json(gaps).length);
    List<Map<String, String>> byShard = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      byShard.add(new TreeMap<>());
    }
    gaps.forEach((term, g) -> byShard.get(shardOf(term, shards)).put(term, g));

    List<OutputFile> files = new ArrayList<>();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("v", VERSION);
    meta.put("docs", index.documents().size());
    meta.put("chunk", CHUNK);
    meta.put("shards", shards);
    files.add(new OutputFile(DIR + "meta.json", json(meta)));
    List<SearchIndex.Document> docs = index.documents();
    for (int k = 0; k * CHUNK < docs.size(); k++) {
      files.add(new OutputFile(DIR + "docs-" + k + ".json", json(docs.subList(k * CHUNK, Math.min(docs.size(), (k + 1) * CHUNK)))));
    }
    for (int s = 0; s < shards; s++) {
      files.add(new OutputFile(DIR + "terms-" + s + ".json", json(byShard.get(s))));
    }
    return files;
  }

  /**
   * The shard a term lives in: 32-bit FNV-1a over the term's UTF-16 code units, modulo the shard
   * count. search.js computes the same (SearchBrowserTest compares them).
   */
  public static int shardOf(String term, int shards) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < term.length(); i++) {
      hash ^= term.charAt(i);
      hash *= 0x01000193;
    }
    return Integer.remainderUnsigned(hash, shards);
  }

  static int shardCount(long postingBytes) {
    int shards = MIN_SHARDS;
    while (shards < MAX_SHARDS && postingBytes > (long) shards * TARGET_SHARD_BYTES) {
      shards *= 2;
    }
    return shards;
  }

  /** The digits of {@link #encode}: letters, digits, '-' and '_' need no escaping in JSON. */
  static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

  /**
   * Ascending postings as a string: the first value and then the differences (gaps), each written
   * in base 32, least significant digit first, with 32 added to every digit but the last. A
   * report's neighbours differ by a few, so most postings take one character, half what JSON
   * numbers and commas take (gzip shrinks both further, but not every static server compresses
   * JSON).
   */
  public static String encode(int[] postings) {
    StringBuilder out = new StringBuilder(postings.length);
    for (int i = 0; i < postings.length; i++) {
      int gap = i == 0 ? postings[0] : postings[i] - postings[i - 1];
      while (gap >= 32) {
        out.append(DIGITS.charAt(32 + (gap & 31)));
        gap >>>= 5;
      }
      out.append(DIGITS.charAt(gap));
    }
    return out.toString();
  }

  /** The postings {@link #encode} wrote: what search.js reads. */
  static int[] decode(String encoded) {
    List<Integer> out = new ArrayList<>();
    int value = 0;
    int shift = 0;
    int previous = 0;
    for (int i = 0; i < encoded.length(); i++) {
      int digit = DIGITS.indexOf(encoded.charAt(i));
      value += (digit & 31) << shift;
      if (digit < 32) {
        previous += value;
        out.add(previous);
        value = 0;
        shift = 0;
      } else {
        shift += 5;
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("search index is not serialisable", e);
    }
  }
}
