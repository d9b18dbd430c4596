package gongkai.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of a report's front matter, made from {@link FrontMatterKey} so that editors
 * (completion, hover text, red squiggles) and the build agree. Draft-07, the newest draft the YAML
 * language server behind VS Code's YAML extension supports.
 */
public final class FrontMatterSchema {
  /** Where the build writes it, below the output folder; a copy is committed as {@code docs/front-matter.schema.json}. */
  public static final String PATH = "schema/front-matter.schema.json";

  // The forms DisclosureDate.parse accepts: a date, a local date-time with ' ' or 'T', or an
  // offset; or the Chinese form, 2021年8月18日 with an optional 16:34 or 16:34:05.
  private static final String DATE =
      "^([0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?"
          + "|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(\\s*[0-9]{1,2}[:：][0-9]{2}([:：][0-9]{2})?)?)$";
  // DESIGN.md, content contract: a slug is a-z, 0-9 and '-' (FrontMatterParser.SLUG).
  private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  // Relations name a report by its path below content/ (gongkai.check.RelationCheck).
  private static final String REPORT_PATH = "^[^/\\\\].*\\.md$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FrontMatterSchema() {}

  /** The schema of a site with the default 索引号 scheme, as committed in docs/. */
  public static String json() {
    return json(IndexScheme.DEFAULT);
  }

  /**
   * The schema for a site whose 索引号 follow {@code scheme} (site.yaml's {@code index_scheme}), as
   * pretty-printed JSON with {@code \n} line ends: the same bytes on every machine.
   */
  public static String json(IndexScheme scheme) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema(scheme)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the front-matter schema", e);
    }
  }

  static ObjectNode schema(IndexScheme scheme) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("title", "gongkai 报告元数据 (report front matter)");
    schema.put(
        "description",
        "公开报告 Markdown 文件开头 --- 之间的 YAML。其他键保留给模板使用（page.params）。"
            + " The YAML between the --- lines at the top of a report; any other key is kept for templates (page.params).");
    schema.put("type", "object");
    ArrayNode required = schema.putArray("required");
    ObjectNode properties = schema.putObject("properties");
    for (FrontMatterKey key : FrontMatterKey.values()) {
      if (key.required()) {
        required.add(key.key());
      }
      ObjectNode property = properties.putObject(key.key());
      property.put("title", key.label() + " " + key.key());
      property.put("description", key.kind() == FrontMatterKey.Kind.INDEX_NO && !scheme.isDefault()
          ? "本站索引号的格式由 site.yaml 的 index_scheme 规定：" + scheme.pattern() + "（校验：" + scheme.check().yamlName()
              + "）。公开目录栏目必填。 The form site.yaml's index_scheme declares: " + scheme.pattern() + " (check: "
              + scheme.check().yamlName() + "). Required in disclosure sections."
          : key.description());
      describe(property, key.kind(), scheme);
      if (key.required() && key.kind() == FrontMatterKey.Kind.TEXT) {
        property.put("minLength", 1); // title: '' is reported like a missing title
      }
    }
    // DESIGN.md: unknown keys are kept and reachable from templates, never an error.
    schema.put("additionalProperties", true);
    return schema;
  }

  private static void describe(ObjectNode property, FrontMatterKey.Kind kind, IndexScheme scheme) {
    switch (kind) {
      case TEXT -> text(property);
      // The form only: a check character is verified by gongkai check, which names the right one.
      case INDEX_NO -> property.put("type", "string").put("pattern", scheme.jsonSchemaPattern());
      case DATE -> property.put("type", "string").put("pattern", DATE);
      case SLUG -> property.put("type", "string").put("pattern", SLUG);
      case FLAG -> property.put("type", "boolean");
      case VALIDITY -> {
        ArrayNode values = property.put("type", "string").putArray("enum");
        for (Validity validity : Validity.values()) {
          values.add(validity.label());
        }
      }
      case REPORT_PATH -> property.put("type", "string").put("pattern", REPORT_PATH);
      case REPORT_PATH_LIST -> {
        ArrayNode anyOf = property.putArray("anyOf");
        anyOf.addObject().put("type", "array").putObject("items").put("type", "string").put("pattern", REPORT_PATH);
        anyOf.addObject().put("type", "string").put("pattern", REPORT_PATH);
      }
      case REVISIONS -> {
        ObjectNode item = property.put("type", "array").putObject("items").put("type", "object");
        item.putArray("required").add("date").add("change");
        ObjectNode fields = item.putObject("properties");
        fields.putObject("date").put("type", "string").put("pattern", DATE)
            .put("description", "修订日期。 Date of the change.");
        text(fields.putObject("change").put("description", "改了什么。 What changed."));
      }
      case ANNUAL_REPORT -> gongkai.annual.AnnualSchema.describe(property);
      case TEXT_LIST -> {
        // FieldReader.textList reads a single value as a one-item list.
        ArrayNode anyOf = property.putArray("anyOf");
        text(anyOf.addObject().put("type", "array").putObject("items"));
        text(anyOf.addObject());
      }
      case ATTACHMENTS -> {
        ArrayNode anyOf = property.put("type", "array").putObject("items").putArray("anyOf");
        anyOf.addObject().put("type", "string").put("minLength", 1);
        ObjectNode item = anyOf.addObject().put("type", "object");
        item.putArray("required").add("file");
        ObjectNode fields = item.putObject("properties");
        fields.putObject("file").put("type", "string").put("minLength", 1)
            .put("description", "附件文件，相对本报告的路径。 The file, relative to the report.");
        fields.putObject("title").put("type", "string")
            .put("description", "附件标题，缺省为文件名。 The attachment's title; defaults to the file name.");
      }
    }
  }

  /** A single value: gongkai reads numbers as text too ({@code doc_no: 3}), so both are valid. */
  private static void text(ObjectNode property) {
    property.putArray("type").add("string").add("number");
  }
}
