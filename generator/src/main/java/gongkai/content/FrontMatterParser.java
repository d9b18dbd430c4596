package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a report's YAML front matter into a typed {@link FrontMatter}, reporting every mistake. */
final class FrontMatterParser {
  private static final Set<String> KEYS = Set.copyOf(FrontMatterKey.keys());

  // DESIGN.md, content contract: a slug the publisher writes is limited to [a-z0-9-].
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  // A slug taken from a file name may be in any script; the URL scheme percent-encodes it.
  private static final Pattern FILE_SLUG = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");

  private final SiteConfig site;

  FrontMatterParser(SiteConfig site) {
    this.site = site;
  }

  /** Returns null when a problem was reported. */
  FrontMatter parse(SourceFile file, YamlMapping yaml, boolean indexRequired, Problems problems) {
    int before = problems.size();
    FieldReader fields = new FieldReader(yaml, problems);
    String title = fields.requiredText("title", Message.of("content.title.fix"));
    IndexNumber indexNo = fields.parsed("index_no", site.indexScheme()::parse, formFix());
    if (indexRequired && indexNo == null && fields.text("index_no") == null) {
      fields.problem(
          "index_no",
          yaml.values().containsKey("index_no") ? Message.of("content.index.empty") : Message.of("content.index.missing"),
          Message.of("content.index.missing.fix"));
    }
    String publisher = fields.text("publisher");
    DisclosureDate date =
        fields.parsed("date", s -> DisclosureDate.parse(s, site.timeZone()), Message.of("content.date.fix"));
    if (date == null && fields.text("date") == null) {
      fields.problem("date", Message.of("content.date.missing"), Message.of("content.date.missing.fix"));
    }
    DisclosureDate written =
        fields.parsed("written", s -> DisclosureDate.parse(s, site.timeZone()), Message.of("content.date.written.fix"));
    String category = fields.text("category");
    if (category != null && !site.categories().isEmpty() && !site.categories().contains(category)) {
      // Nothing near may be a new category rather than a typo: say where the list is kept.
      fields.problem("category", Message.of("content.category.unknown", category),
          Nearest.to(category, site.categories()).isEmpty()
              ? Message.of("content.category.none", site.categories())
              : Vocabulary.suggestion("category", category, site.categories()));
    }
    gongkai.problem.Message unusable = category == null ? null : CategoryName.unusable(category);
    if (unusable != null) {
      fields.problem("category", unusable, Message.of("content.category.unusable.fix"));
    }
    LifecycleFields life = new LifecycleFields(fields, site.timeZone());
    Validity validity = life.validity();
    Lifecycle lifecycle = life.read(date);
    String slug = fields.text("slug");
    if (slug != null && !SLUG.matcher(slug).matches()) {
      fields.problem("slug", Message.of("content.slug.characters", slug), Message.of("content.slug.characters.fix"));
      slug = null;
    } else if (slug == null) {
      slug = file.baseName().toLowerCase(java.util.Locale.ROOT);
      if (!FILE_SLUG.matcher(slug).matches()) {
        problems.add(Problem.at(file.displayPath(), 1, Message.of("content.slug.file-name", file.baseName()),
            Message.of("content.slug.file-name.fix")));
      }
    }
    FrontMatter meta =
        new FrontMatter(
            title,
            indexNo,
            publisher == null ? site.organization() : publisher,
            date,
            written,
            fields.text("doc_no"),
            category,
            fields.textList("keywords"),
            validity,
            fields.text("summary"),
            attachments(fields),
            slug,
            fields.flag("draft", false),
            params(yaml),
            lifecycle);
    return problems.size() == before ? meta : null;
  }

  /**
   * How to write a 索引号 of the wrong form: for the default scheme, the site's own code (its
   * {@code index_code}) in the right form, never another body's code; for a declared scheme, the
   * pattern site.yaml declares.
   */
  private Message formFix() {
    IndexScheme scheme = site.indexScheme();
    if (!scheme.isDefault()) {
      return Message.of("content.index.form.declared.fix", scheme.pattern());
    }
    return site.indexCode() != null
        ? Message.of("content.index.form.fix", site.indexCode())
        : Message.of("content.index.form.fix.no-code");
  }

  private static List<Attachment> attachments(FieldReader fields) {
    JsonNode node = fields.mapping().get("attachments");
    if (node == null) {
      return List.of();
    }
    Message fix = Message.of("content.attachments.fix");
    if (!node.isArray()) {
      fields.problem("attachments", Message.of("content.field.list", "attachments"), fix);
      return List.of();
    }
    List<Attachment> list = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (item.isTextual() && !item.asText().isBlank()) {
        list.add(new Attachment(item.asText(), null));
      } else if (item.isObject() && item.path("file").isTextual() && !item.path("file").asText().isBlank()) {
        list.add(new Attachment(item.path("file").asText(), item.path("title").asText(null)));
      } else {
        fields.itemProblem("attachments", i, Message.of("content.attachments.file"), fix);
      }
    }
    return list;
  }

  private static Map<String, Object> params(YamlMapping yaml) {
    Map<String, Object> params = new LinkedHashMap<>();
    yaml.values().forEach(
        (key, value) -> {
          // annual_report stays a parameter too: the annual package reads it from there.
          if (!KEYS.contains(key) || key.equals(FrontMatterKey.ANNUAL_REPORT.key())) {
            params.put(key, YamlMapping.MAPPER.convertValue(value, Object.class));
          }
        });
    return params;
  }
}
