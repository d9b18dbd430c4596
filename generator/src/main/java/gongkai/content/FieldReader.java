package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads typed values out of a {@link YamlMapping}, reporting wrong types as problems at the key's line. */
final class FieldReader {
  private final YamlMapping mapping;
  private final Problems problems;

  FieldReader(YamlMapping mapping, Problems problems) {
    this.mapping = mapping;
    this.problems = problems;
  }

  YamlMapping mapping() {
    return mapping;
  }

  /** A scalar as text (numbers and booleans included); null when absent or blank. */
  String text(String key) {
    JsonNode node = mapping.get(key);
    if (node == null) {
      return null;
    }
    if (!node.isValueNode()) {
      problem(key, "'" + key + "' must be a single value, not a list or mapping", "write it on one line: " + key + ": …");
      return null;
    }
    String value = node.asText().strip();
    return value.isEmpty() ? null : value;
  }

  /**
   * A scalar that must be there and must not be blank: {@code title: ''} is as useless as no title,
   * so it is reported at its line rather than passed on as an empty string.
   */
  String requiredText(String key, String fix) {
    String value = text(key);
    JsonNode node = mapping.get(key);
    if (value == null && !mapping.values().containsKey(key)) {
      problems.add(Problem.at(mapping.file(), 1, "'" + key + "' is missing", fix));
    } else if (value == null && (node == null || node.isValueNode())) {
      problem(key, "'" + key + "' is empty", fix);
    }
    return value;
  }

  /** Parses a scalar with {@code parse}, whose IllegalArgumentException message becomes the problem. */
  <T> T parsed(String key, Function<String, T> parse, String fix) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      problem(key, e.getMessage(), fix);
      return null;
    }
  }

  /** A list of scalars; a single scalar counts as a one-item list. */
  List<String> textList(String key) {
    JsonNode node = mapping.get(key);
    if (node == null) {
      return List.of();
    }
    if (node.isValueNode()) {
      String value = node.asText().strip();
      return value.isEmpty() ? List.of() : List.of(value);
    }
    List<String> items = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        // A bare '- ' is a YAML null, whose asText() is the word "null"; like a blank item it is
        // skipped, so the word never reaches the page.
        if (item.isNull() || item.isValueNode() && item.asText().isBlank()) {
          continue;
        }
        if (item.isValueNode()) {
          items.add(item.asText().strip());
        } else {
          problem(key, "every item of '" + key + "' must be a single value", "write the list as [a, b] or one '- item' per line");
          return List.of();
        }
      }
      return List.copyOf(items);
    }
    problem(key, "'" + key + "' must be a list", "write it as [a, b] or one '- item' per line");
    return List.of();
  }

  boolean flag(String key, boolean fallback) {
    JsonNode node = mapping.get(key);
    if (node == null) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem(key, "'" + key + "' must be true or false", "write " + key + ": true or " + key + ": false");
      return fallback;
    }
    return node.booleanValue();
  }

  void problem(String key, String message, String fix) {
    problems.add(Problem.at(mapping.file(), Math.max(mapping.line(key), 1), message, fix));
  }

  /** A problem with item {@code index} of the list at {@code key}, at that item's line. */
  void itemProblem(String key, int index, String message, String fix) {
    problems.add(Problem.at(mapping.file(), Math.max(mapping.itemLine(key, index), 1), message, fix));
  }
}
