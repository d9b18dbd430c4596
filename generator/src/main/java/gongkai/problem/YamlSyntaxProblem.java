package gongkai.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as a problem at the publisher's file line, for every YAML file gongkai reads:
 * front matter, {@code site.yaml}, {@code theme.yaml} and the UI strings.
 */
public final class YamlSyntaxProblem {
  static final Message FIX = Message.of("problem.yaml.fix");

  private YamlSyntaxProblem() {}

  /**
   * @param yaml the text that was parsed, to keep the line inside it
   * @param firstLine the file line of the text's first line (2 for front matter after the opening
   *     {@code ---}, 1 for a whole file)
   */
  public static Problem of(JsonProcessingException e, Path file, String yaml, int firstLine) {
    int line = yamlLine(e);
    if (line < 1) {
      return Problem.at(file, Math.max(firstLine - 1, 1), message(e), FIX);
    }
    // A mark past the last line (the end of the stream) has no column worth telling.
    int column = line > lastLine(yaml) ? 1 : yamlColumn(e);
    return Problem.at(file, firstLine + Math.min(line, lastLine(yaml)) - 1, column, message(e), FIX);
  }

  /**
   * The 1-based line inside the YAML, or 0 when unknown. SnakeYAML's problem mark is where the
   * error is; Jackson's location is the last token it read, which for a tab used as indentation is
   * the end of the line before.
   */
  private static int yamlLine(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      Mark mark = marked.getProblemMark();
      if (mark != null) {
        return mark.getLine() + 1;
      }
    }
    JsonLocation location = e.getLocation();
    return location == null ? 0 : Math.max(location.getLineNr(), 0);
  }

  /** The 1-based column of SnakeYAML's problem mark; 1 when unknown. */
  private static int yamlColumn(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return marked.getProblemMark().getColumn() + 1;
    }
    return 1;
  }

  /** An error at the end of the stream is marked on the empty line after a final newline. */
  private static int lastLine(String yaml) {
    int lines = 1;
    for (int i = 0; i < yaml.length() - 1; i++) {
      if (yaml.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** SnakeYAML's explanation is English, as the parser writes it; the rest is in the run's language. */
  private static Message message(JsonProcessingException e) {
    String explained = explain(e.getOriginalMessage());
    return explained == null ? Message.of("problem.yaml.unreadable") : Message.of("problem.yaml.syntax", explained);
  }

  /**
   * SnakeYAML explains an error in several lines: a context ("while parsing a flow sequence"), the
   * problem ("expected ',' or ']'") and source excerpts. Publishers need the first two only.
   */
  private static String explain(String message) {
    if (message == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in '")) {
        String part = line.strip();
        // A colon ends a line that introduces an excerpt; a colon on its own is a token ("but got :").
        parts.add(part.endsWith(":") && !part.endsWith(" :") ? part.substring(0, part.length() - 1) : part);
      }
    }
    return parts.isEmpty() ? message.strip() : String.join(": ", parts);
  }
}
