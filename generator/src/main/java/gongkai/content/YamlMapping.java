package gongkai.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Visible;
import gongkai.problem.YamlSyntaxProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * @param pointers the file line of every key and item at any depth, by JSON pointer
 *     ({@code /footer/icp}, {@code /sections/2})
 */
record YamlMapping(
    Path file,
    Map<String, JsonNode> values,
    Map<String, Integer> lines,
    Map<String, List<Integer>> itemLines,
    Map<String, Integer> pointers) {
  static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  YamlMapping {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    lines = Map.copyOf(lines);
    itemLines = Map.copyOf(itemLines);
    pointers = Map.copyOf(pointers);
  }

  /** Deeper than any site.yaml or front matter needs; a deeper one is a mistake, not a shape to walk. */
  static final int MAX_DEPTH = 64;

  /**
   * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}.
   *
   * @throws BuildFailedException for YAML syntax errors, duplicate keys, a top level that is not a
   *     mapping, an alias, a value holding a control character or nesting deeper than {@link #MAX_DEPTH}
   */
  static YamlMapping parse(String yaml, Path file, int firstLine) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    Map<String, List<Integer>> itemLines = new LinkedHashMap<>();
    Map<String, Integer> pointers = new HashMap<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      Reader reader = new Reader(parser, file, firstLine, pointers);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlMapping(file, values, lines, itemLines, pointers);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new BuildFailedException(
            Problem.at(
                file,
                reader.line(),
                Message.of("content.front-matter.not-mapping"),
                Message.of("content.front-matter.not-mapping.fix")));
      }
      // The top mapping is read as any nested one (duplicate keys, aliases, depth, lines by
      // pointer); its keys' lines and their list items' lines are then looked up by pointer.
      JsonNode top = reader.value("", 0);
      for (var field : (Iterable<Map.Entry<String, JsonNode>>) top::fields) {
        String key = field.getKey();
        String pointer = Reader.child("", key);
        int line = pointers.get(pointer);
        JsonNode value = field.getValue();
        if (value.isArray()) {
          List<Integer> items = new ArrayList<>();
          for (int i = 0; i < value.size(); i++) {
            items.add(pointers.getOrDefault(pointer + "/" + i, line));
          }
          itemLines.put(key, items);
        }
        values.put(key, value);
        lines.put(key, line);
      }
      return new YamlMapping(file, values, lines, itemLines, pointers);
    } catch (JsonProcessingException e) {
      throw new BuildFailedException(YamlSyntaxProblem.of(e, file, yaml, firstLine));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds the tree token by token rather than with Jackson's tree reader, which would give an
   * alias's anchor name as its value ({@code title: *t} read as "t") and lose the text a number
   * or boolean was written as ({@code title: 0x1F} read back as 31, YAML 1.1's resolver): here such
   * a scalar keeps it ({@link WrittenScalar}), and every key and item has its file line under its
   * JSON pointer.
   */
  private record Reader(JsonParser parser, Path file, int firstLine, Map<String, Integer> pointers) {
    int line() {
      return fileLine(parser.currentTokenLocation(), firstLine);
    }

    JsonNode value(String pointer, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw new BuildFailedException(
            Problem.at(file, line(), Message.of("content.yaml.too-deep", MAX_DEPTH), Message.of("content.yaml.too-deep.fix")));
      }
      if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
        throw new BuildFailedException(
            Problem.at(file, line(), Message.of("content.yaml.alias", "*" + parser.getText()), Message.of("content.yaml.alias.fix")));
      }
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        ObjectNode object = MAPPER.createObjectNode();
        Map<String, Integer> keyLines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int line = line();
          if (keyLines.containsKey(key)) {
            throw new BuildFailedException(
                Problem.at(file, line, Message.of("content.front-matter.key-twice", key, keyLines.get(key)),
                    Message.of("content.front-matter.key-twice.fix")));
          }
          keyLines.put(key, line);
          String path = child(pointer, key);
          pointers.put(path, line);
          parser.nextToken();
          object.set(key, value(path, depth + 1));
        }
        return object;
      }
      if (token == JsonToken.START_ARRAY) {
        ArrayNode list = MAPPER.createArrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          String path = pointer + "/" + list.size();
          pointers.put(path, line());
          list.add(value(path, depth + 1));
        }
        return list;
      }
      return scalar(token);
    }

    private JsonNode scalar(JsonToken token) throws IOException {
      String text = parser.getText();
      switch (token) {
        case VALUE_NULL:
          return NullNode.getInstance();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return WrittenScalar.of(token == JsonToken.VALUE_TRUE, text);
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return WrittenScalar.of(parser.getNumberValue(), text);
        default:
          break;
      }
      text = text == null ? "" : text;
      int bad = Visible.firstForbidden(text);
      if (bad >= 0) {
        throw new BuildFailedException(
            Problem.at(file, line(), Message.of("content.yaml.control", Visible.name(text.codePointAt(bad))),
                Message.of("content.yaml.control.fix")));
      }
      return TextNode.valueOf(text);
    }

    /** The JSON pointer (RFC 6901) of {@code key} in the mapping at {@code pointer}. */
    static String child(String pointer, String key) {
      return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }
  }

  private static int fileLine(JsonLocation location, int firstLine) {
    if (location == null || location.getLineNr() < 1) {
      return Math.max(firstLine - 1, 1);
    }
    return firstLine + location.getLineNr() - 1;
  }

  /**
   * The file line of the value at {@code path}, keys and item indexes joined by '/'
   * ({@code footer/icp}, {@code sections/2}); the nearest enclosing key's line when that value is
   * not there, 0 when not even the top key is.
   */
  int lineAt(String path) {
    String pointer = "";
    int line = 0;
    for (String part : path.split("/")) {
      pointer = Reader.child(pointer, part);
      Integer found = pointers.get(pointer);
      if (found == null) {
        break;
      }
      line = found;
    }
    return line;
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
