package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
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
    String title = fields.requiredText("title", "add a line 'title: <the report's title>'");
    IndexNumber indexNo =
        fields.parsed("index_no", IndexNumber::parse, "write it as 113715020044301982/2024-00001");
    if (indexRequired && indexNo == null && fields.text("index_no") == null) {
      fields.problem(
          "index_no",
          yaml.values().containsKey("index_no") ? "'index_no' (索引号) is empty" : "'index_no' (索引号) is missing",
          "add 'index_no: <credit code>/<year>-<serial>'; every report in a disclosure section needs one");
    }
    String publisher = fields.text("publisher");
    DisclosureDate date =
        fields.parsed("date", s -> DisclosureDate.parse(s, site.timeZone()), "write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS");
    if (date == null && fields.text("date") == null) {
      fields.problem("date", "'date' (发布日期) is missing", "add 'date: YYYY-MM-DD HH:MM:SS'");
    }
    DisclosureDate written =
        fields.parsed("written", s -> DisclosureDate.parse(s, site.timeZone()), "write the date as YYYY-MM-DD");
    LifecycleFields life = new LifecycleFields(fields, site.timeZone());
    Validity validity = life.validity();
    Lifecycle lifecycle = life.read(date);
    String slug = fields.text("slug");
    if (slug != null && !SLUG.matcher(slug).matches()) {
      fields.problem("slug", "slug '" + slug + "' may only use a-z, 0-9 and '-'", "e.g. slug: fazhi-report");
      slug = null;
    } else if (slug == null) {
      slug = file.baseName().toLowerCase(java.util.Locale.ROOT);
      if (!FILE_SLUG.matcher(slug).matches()) {
        problems.add(
            gongkai.problem.Problem.at(
                file.displayPath(),
                1,
                "file name '" + file.baseName() + "' cannot be a URL segment",
                "rename the file using letters, digits and '-', or add 'slug: <a-z0-9->'"));
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
            fields.text("category"),
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

  private static List<Attachment> attachments(FieldReader fields) {
    JsonNode node = fields.mapping().get("attachments");
    if (node == null) {
      return List.of();
    }
    String fix = "write each as '- file: 附件1.pdf' with an optional 'title: …' below it";
    if (!node.isArray()) {
      fields.problem("attachments", "'attachments' must be a list", fix);
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
        fields.itemProblem("attachments", i, "an attachment has no 'file'", fix);
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
