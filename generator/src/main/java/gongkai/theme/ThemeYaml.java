package gongkai.theme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.YamlSyntaxProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a theme's YAML files ({@code theme.yaml}, {@code i18n/*.yaml}), reporting syntax errors at their line. */
final class ThemeYaml {
  static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private ThemeYaml() {}

  /**
   * The file's top-level node, or null when the file holds nothing but blank lines and comments.
   *
   * @param display the path problems show, relative to the site root
   * @throws BuildFailedException when the file cannot be read or is not valid YAML
   */
  static JsonNode read(Path file, Path display) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new BuildFailedException(
          Problem.at(display, 0, Message.of("theme.unreadable", e.getMessage()), Message.of("theme.unreadable.fix")));
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() || node.isNull() ? null : node;
    } catch (JsonProcessingException e) {
      throw new BuildFailedException(YamlSyntaxProblem.of(e, display, text, 1));
    }
  }
}
