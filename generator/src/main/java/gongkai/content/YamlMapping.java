package gongkai.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.YamlSyntaxProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A top-level YAML mapping with the file line of every key, so later checks can point at the key
 * that is wrong rather than at the file.
 *
 * @param file the file the YAML came from, for problems
 * @param values the values by key, in file order
 * @param lines the file line of each key
 * @param itemLines the file line of each item of a list value, by key, so a problem with one
 *     attachment of several points at that attachment
 */
record YamlMapping(
    Path file, Map<String, JsonNode> values, Map<String, Integer> lines, Map<String, List<Integer>> itemLines) {
  static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  YamlMapping {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    lines = Map.copyOf(lines);
    itemLines = Map.copyOf(itemLines);
  }

  /**
   * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}.
   *
   * @throws BuildFailedException for YAML syntax errors, duplicate keys or a top level that is not a
   *     mapping
   */
  static YamlMapping parse(String yaml, Path file, int firstLine) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    Map<String, List<Integer>> itemLines = new LinkedHashMap<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlMapping(file, values, lines, itemLines);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new BuildFailedException(
            Problem.at(
                file,
                fileLine(parser.currentTokenLocation(), firstLine),
                Message.of("content.front-matter.not-mapping"),
                Message.of("content.front-matter.not-mapping.fix")));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int line = fileLine(parser.currentTokenLocation(), firstLine);
        parser.nextToken();
        JsonNode value;
        if (parser.currentToken() == JsonToken.START_ARRAY) {
          List<Integer> items = new ArrayList<>();
          value = readList(parser, firstLine, items);
          itemLines.putIfAbsent(key, items);
        } else {
          value = parser.readValueAsTree();
        }
        if (values.containsKey(key)) {
          throw new BuildFailedException(
              Problem.at(
                  file,
                  line,
                  Message.of("content.front-matter.key-twice", key, lines.get(key)),
                  Message.of("content.front-matter.key-twice.fix")));
        }
        values.put(key, value == null ? MAPPER.nullNode() : value);
        lines.put(key, line);
      }
      return new YamlMapping(file, values, lines, itemLines);
    } catch (JsonProcessingException e) {
      throw new BuildFailedException(YamlSyntaxProblem.of(e, file, yaml, firstLine));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a list item by item, noting the file line each item starts on. */
  private static ArrayNode readList(JsonParser parser, int firstLine, List<Integer> lines) throws IOException {
    ArrayNode list = MAPPER.createArrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      lines.add(fileLine(parser.currentTokenLocation(), firstLine));
      JsonNode item = parser.readValueAsTree();
      list.add(item == null ? MAPPER.nullNode() : item);
    }
    return list;
  }

  private static int fileLine(JsonLocation location, int firstLine) {
    if (location == null || location.getLineNr() < 1) {
      return Math.max(firstLine - 1, 1);
    }
    return firstLine + location.getLineNr() - 1;
  }

  int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  /** The file line of item {@code index} of the list at {@code key}; the key's line when unknown. */
  int itemLine(String key, int index) {
    List<Integer> items = itemLines.getOrDefault(key, List.of());
    return index < items.size() ? items.get(index) : line(key);
  }

  JsonNode get(String key) {
    JsonNode node = values.get(key);
    return node == null || node.isNull() ? null : node;
  }
}
