package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.BuildFailedException;

/**
 * Whether a section is a disclosure section, read for {@code gongkai new} without parsing the rest
 * of the site (a mistake elsewhere is for {@code build} to report).
 */
public final class SectionKinds {
  private SectionKinds() {}

  /** False only when {@code content/<section>/_index.md} says {@code disclosure: false}. */
  public static boolean isDisclosure(SourceFiles files, String section) {
    for (SourceFile page : files.sectionPages()) {
      if (page.relativePath().equals(section + "/" + ContentLoader.SECTION_PAGE)) {
        try {
          FrontMatterSplitter.Split split = FrontMatterSplitter.split(page);
          JsonNode flag = YamlMapping.parse(split.yaml(), page.displayPath(), split.yamlFirstLine()).get("disclosure");
          return flag == null || !flag.isBoolean() || flag.booleanValue();
        } catch (BuildFailedException e) {
          return true;
        }
      }
    }
    return true;
  }
}
