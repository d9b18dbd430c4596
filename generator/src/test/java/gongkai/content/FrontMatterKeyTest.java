package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FrontMatterKeyTest {
  @Test
  void documentedTableListsExactlyTheContractKeysInOrder() throws IOException {
    String readme = Files.readString(TestSites.projectRoot().resolve("docs/writing-reports.md"), StandardCharsets.UTF_8);
    int table = readme.indexOf("| key | shown as |");
    assertThat(table).as("the front-matter table in docs/writing-reports.md").isPositive();
    Matcher row = Pattern.compile("^\\| `([a-z_]+)` \\|", Pattern.MULTILINE).matcher(readme);
    List<String> keys = row.region(table, readme.indexOf("\n\n", table)).results().map(m -> m.group(1)).toList();
    assertThat(keys).isEqualTo(FrontMatterKey.keys());
  }
}
