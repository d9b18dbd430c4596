package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.Message;
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
      problem(key, Message.of("content.field.single", key), Message.of("content.field.single.fix", key));
      return null;
    }
    String value = node.asText().strip();
    return value.isEmpty() ? null : value;
  }

  /**
   * A scalar that must be there and must not be blank: {@code title: ''} is as useless as no title,
   * so it is reported at its line rather than passed on as an empty string.
   */
  String requiredText(String key, Message fix) {
    String value = text(key);
    JsonNode node = mapping.get(key);
    if (value == null && !mapping.values().containsKey(key)) {
      problems.add(Problem.at(mapping.file(), 1, Message.of("content.field.missing", key), fix));
    } else if (value == null && (node == null || node.isValueNode())) {
      problem(key, Message.of("content.field.empty", key), fix);
    }
    return value;
  }

  /**
   * Parses a scalar with {@code parse}, whose {@link InvalidValue} becomes the problem: with the
   * value's own fix when it has one (the report's 索引号 with the right check character), else
   * {@code fix}.
   */
  <T> T parsed(String key, Function<String, T> parse, Message fix) {
    String value = text(key);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (InvalidValue e) {
      problem(key, e.message(), e.fix().isNone() ? fix : e.fix());
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
          problem(key, Message.of("content.field.list-item", key), Message.of("content.field.list-item.fix"));
          return List.of();
        }
      }
      return List.copyOf(items);
    }
    problem(key, Message.of("content.field.list", key), Message.of("content.field.list.fix"));
    return List.of();
  }

  boolean flag(String key, boolean fallback) {
    JsonNode node = mapping.get(key);
    if (node == null) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problem(key, Message.of("content.field.flag", key), Message.of("content.field.flag.fix", key));
      return fallback;
    }
    return node.booleanValue();
  }

  void problem(String key, Message message, Message fix) {
    problems.add(Problem.at(mapping.file(), Math.max(mapping.line(key), 1), message, fix));
  }

  /**
   * A problem with the value at {@code path}, keys and item indexes joined by '/' ({@code
   * footer/icp}), at that value's own line rather than its top key's; the nearest key's when the
   * value is not there.
   */
  void problemAt(String path, Message message, Message fix) {
    problems.add(Problem.at(mapping.file(), Math.max(mapping.lineAt(path), 1), message, fix));
  }

  /** A warning at {@code key}'s line. */
  void warning(String key, Message message, Message fix) {
    problems.add(Problem.warning(mapping.file(), Math.max(mapping.line(key), 1), 1, message, fix));
  }

  /** A warning at item {@code index} of the list at {@code key}. */
  void itemWarning(String key, int index, Message message, Message fix) {
    problems.add(Problem.warning(mapping.file(), Math.max(mapping.itemLine(key, index), 1), 1, message, fix));
  }

  /** A problem with item {@code index} of the list at {@code key}, at that item's line. */
  void itemProblem(String key, int index, Message message, Message fix) {
    problems.add(Problem.at(mapping.file(), Math.max(mapping.itemLine(key, index), 1), message, fix));
  }
}
