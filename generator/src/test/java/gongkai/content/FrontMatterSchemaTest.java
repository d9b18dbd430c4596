package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gongkai.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The front-matter schema read by a real JSON Schema validator (draft-07), as editors read it. */
class FrontMatterSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(FrontMatterSchema.json());

  private static final String VALID = """
      title: 关于做好2024年春运工作的通知
      index_no: 113715020044301982/2024-45222175
      date: 2024-01-15 10:00:00
      """;

  @Test
  void committedCopyInDocsIsTheGeneratedSchema() throws IOException {
    Path committed = TestSites.projectRoot().resolve("docs/front-matter.schema.json");
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("regenerate docs/front-matter.schema.json from public/schema/ after changing FrontMatterKey")
        .isEqualTo(FrontMatterSchema.json());
  }

  @Test
  void schemaIsDraft07AndDescribesEveryKeyInBothLanguages() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(FrontMatterSchema.json());
    assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
    assertThat(schema.get("properties").fieldNames()).toIterable().containsExactlyElementsOf(FrontMatterKey.keys());
    for (JsonNode property : schema.get("properties")) {
      assertThat(property.get("description").asText()).containsPattern("\\p{IsHan}").containsPattern("[A-Za-z]{3,}");
    }
  }

  @Test
  void everyReportOfTheSampleAndTheFixtureSitesIsValid() throws IOException {
    List<Path> roots = List.of(TestSites.projectRoot().resolve("content"), TestSites.testResources().resolve("sites"));
    int checked = 0;
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path report : walk.filter(p -> p.toString().endsWith(".md") && !p.endsWith("_index.md"))
            .filter(p -> !p.toString().contains("/expected/")).toList()) {
          String text = Files.readString(report, StandardCharsets.UTF_8);
          SourceFile file = new SourceFile(report, report, report.getFileName().toString(), text);
          assertThat(errors(FrontMatterSplitter.split(file).yaml())).as(report.toString()).isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).as("reports checked").isGreaterThanOrEqualTo(5);
  }

  @Test
  void minimalReportIsValidAndUnknownKeysAreAllowed() {
    assertThat(errors(VALID)).isEmpty();
    assertThat(errors(VALID + "author: 办公室\nweight: 3\n")).isEmpty();
    assertThat(errors(VALID + "keywords: 春运\nattachments: [a.pdf, {file: b.xlsx, title: 表}]\ndraft: false\nslug: chunyun-2024\n"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "index_no: 113715020044301982/2024-45222175\ndate: 2024-01-15",
      "title: ''\ndate: 2024-01-15",
      "title: t\nindex_no: 1137150200443019822024-1\ndate: 2024-01-15",
      "title: t\nindex_no: 11371502004430198O/2024-1\ndate: 2024-01-15",
      "title: t\ndate: 2024/01/15",
      "title: t\ndate: 2024-01-15\nwritten: 15 Jan 2024",
      "title: t\ndate: 2024-01-15\nslug: Fazhi_Report",
      "title: t\ndate: 2024-01-15\ndraft: 'yes'",
      "title: t\ndate: 2024-01-15\nkeywords: {a: b}",
      "title: t\ndate: 2024-01-15\nattachments:\n  - title: 没有文件",
      "title: t\ndate: 2024-01-15\nattachments: a.pdf",
  })
  void invalidFrontMatterIsReported(String yaml) {
    assertThat(errors(yaml)).isNotEmpty();
  }

  private static Set<ValidationMessage> errors(String yaml) {
    try {
      JsonNode node = YAML.readTree(yaml);
      return SCHEMA.validate(node);
    } catch (IOException e) {
      throw new IllegalArgumentException(yaml, e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"00824883-6/2024-29854", "000014349/2017-00110", "11440800MB2C000014/202110-00001", "11440800MB2C000014/2021-1"})
  void indexNumbersAsPortalsWriteThemAreValid(String indexNo) {
    assertThat(errors("title: t\nindex_no: " + indexNo + "\ndate: 2024-01-15")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021年8月18日", "2021年8月18日 16:34", "2024-04-06 16:34"})
  void datesAsEditorsTypeThemAreValid(String date) {
    assertThat(errors("title: t\ndate: " + date)).isEmpty();
  }

  @Test
  void theSchemaOfASiteFollowsItsDeclaredScheme() throws IOException {
    IndexScheme region = new IndexScheme("(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)", IndexCheck.NONE);
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(FrontMatterSchema.json(region));

    assertThat(schema.validate(YAML.readTree("title: t\nindex_no: 6107280000/2024-001005\ndate: 2024-01-15"))).isEmpty();
    assertThat(schema.validate(YAML.readTree("title: t\nindex_no: 113715020044301982/2024-00001\ndate: 2024-01-15"))).isNotEmpty();
  }
}
