package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.content.IndexNumber;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextIndexNumberTest {
  private static final String CODE = "113715020044301982";
  private static final String OTHER = "91350100M000100Y43";
  private static final Path SITE_YAML = Path.of("content/site.yaml");

  private static IndexNumber next(String configured, int year, String... existing) {
    return NextIndexNumber.pick(configured, List.of(existing).stream().map(IndexNumber::parse).toList(), year, SITE_YAML);
  }

  @Test
  void firstSerialOfANewYearKeepsTheWidthOfEarlierYears() {
    assertThat(next(null, 2026, CODE + "/2024-45222190")).hasToString(CODE + "/2026-00000001");
  }

  @Test
  void firstSerialOfAllHasTheDefaultWidth() {
    assertThat(next(CODE, 2026)).hasToString(CODE + "/2026-00001");
  }

  @Test
  void serialsOfOtherCodesAndYearsAreNotCounted() {
    assertThat(next(CODE, 2026, CODE + "/2026-0041", OTHER + "/2026-0999", CODE + "/2025-0500")).hasToString(CODE + "/2026-0042");
  }

  @Test
  void gapsAreNotFilled() {
    // A number once published stays taken even when its report is deleted, so only the highest counts.
    assertThat(next(CODE, 2026, CODE + "/2026-003", CODE + "/2026-001")).hasToString(CODE + "/2026-004");
  }
}
