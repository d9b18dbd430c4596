package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.BuildFailedException;
import java.util.ArrayList;
import java.util.List;

/**
 * The 索引号 the reports already use, for {@code gongkai new} to pick the next free one. Reads only
 * {@code index_no}: a report with other mistakes still holds its number, and its mistakes are for
 * {@code build} to report.
 */
public final class ReportIndexNumbers {
  private ReportIndexNumbers() {}

  /**
   * Every {@code index_no} of {@code files}' reports that {@code scheme} reads (check character
   * right), drafts included, in path order.
   */
  public static List<IndexNumber> read(SourceFiles files, IndexScheme scheme) {
    List<IndexNumber> numbers = new ArrayList<>();
    for (SourceFile file : files.reports()) {
      try {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(file);
        JsonNode node = YamlMapping.parse(split.yaml(), file.displayPath(), split.yamlFirstLine()).get("index_no");
        if (node != null && node.isValueNode()) {
          numbers.add(scheme.parse(node.asText()));
        }
      } catch (BuildFailedException | IllegalArgumentException e) {
        // Not a number anyone can hold; the build reports it at its line.
      }
    }
    return List.copyOf(numbers);
  }
}
