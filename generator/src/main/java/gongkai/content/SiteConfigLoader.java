package gongkai.content;

import gongkai.qr.QrErrorCorrection;
import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.Message;
import gongkai.problem.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Reads and checks {@code content/site.yaml}. */
public final class SiteConfigLoader {
  private SiteConfigLoader() {}

  /**
   * @param baseUrlOverride replaces {@code base_url} when not null (the {@code --base-url} option)
   * @throws gongkai.problem.BuildFailedException listing every problem in the file
   */
  public static SiteConfig load(SourceFile file, String baseUrlOverride) {
    YamlMapping yaml = YamlMapping.parse(file.text(), file.displayPath(), 1);
    Problems problems = new Problems();
    FieldReader fields = new FieldReader(yaml, problems);
    // gongkai init's （…） prompts, each reported once as a prompt rather than also as a bad value;
    // with --base-url the file's base_url is not read, so its prompt is no problem (a CI build for Pages).
    java.util.Set<String> prompted = SitePrompts.check(
        file.displayPath(), file.text(), baseUrlOverride == null ? java.util.Set.of() : java.util.Set.of("base_url"), problems);
    String title = fields.requiredText("title", Message.of("content.site.title.fix"));
    URI baseUrl =
        baseUrlOverride != null
            ? baseUrl(baseUrlOverride, fields, Message.of("content.site.base-url.option.fix"))
            : prompted.contains("base_url") ? null : baseUrl(
                fields.requiredText("base_url", Message.of("content.site.base-url.missing.fix")),
                fields,
                Message.of("content.site.base-url.fix"));
    ZoneId zone = zone(fields);
    String language = fields.text("language");
    IndexScheme scheme = indexScheme(yaml.get("index_scheme"), fields);
    SiteConfig config =
        new SiteConfig(
            title == null ? "" : title,
            baseUrl == null ? URI.create("https://invalid.example/") : baseUrl,
            language == null ? "zh-CN" : language,
            zone,
            orEmpty(fields.text("organization")),
            portalUrl(fields),
            fields.textList("sections"),
            footer(yaml.get("footer"), fields),
            qrErrorCorrection(yaml.get("qr"), fields),
            language == null ? 0 : Math.max(yaml.line("language"), 1),
            accessibility(yaml.get("accessibility"), fields),
            pageSize(yaml.get("page_size"), fields),
            indexCode(fields, scheme, prompted.contains("index_code")),
            trustedHtml(yaml.get("markdown"), fields),
            catalogueInForceOnly(yaml.get("catalogue"), fields),
            scheme,
            categories(fields));
    problems.throwIfAny();
    return config;
  }

  /**
   * Warns of each entry of {@code sections} that lists nothing: a name with no folder under
   * content/ (a typo, or a section not begun), a path rather than a folder name, or a folder that
   * holds no report and no _index.md. Each would otherwise be left out of the site unsaid.
   *
   * @param present the sections that hold a report or an _index.md
   */
  public static void sectionWarnings(SourceFile file, SiteConfig config, java.util.Set<String> present, Problems problems) {
    java.nio.file.Path content = file.path().getParent();
    YamlMapping yaml = YamlMapping.parse(file.text(), file.displayPath(), 1);
    FieldReader fields = new FieldReader(yaml, problems);
    for (int i = 0; i < config.sections().size(); i++) {
      String name = config.sections().get(i);
      if (present.contains(name)) {
        continue;
      }
      if (name.contains("/") || name.contains("\\")) {
        String folder = name.replace('\\', '/').replaceAll("^/+", "").replaceAll("/.*", "");
        fields.itemWarning("sections", i, Message.of("content.section.path", name), Message.of("content.section.path.fix", folder));
      } else if (!java.nio.file.Files.isDirectory(content.resolve(name))) {
        fields.itemWarning("sections", i, Message.of("content.section.no-folder", name), Message.of("content.section.no-folder.fix", name));
      } else {
        fields.itemWarning("sections", i, Message.of("content.section.empty", name), Message.of("content.section.empty.fix"));
      }
    }
  }

  private static URI baseUrl(String text, FieldReader fields, Message fix) {
    if (text == null) {
      return null;
    }
    try {
      // toASCIIString percent-encodes raw non-ASCII (交通) as UTF-8 once and leaves %XX escapes as
      // they are; the multi-argument URI constructor would encode their '%' again (%25E4…).
      URI uri = new URI(new URI(text.strip()).toASCIIString());
      if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().matches("https?")) {
        fields.problem("base_url", Message.of("content.site.base-url.absolute", text), fix);
        return null;
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        fields.problem("base_url", Message.of("content.site.base-url.query", text), fix);
        return null;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    } catch (URISyntaxException e) {
      fields.problem("base_url", Message.of("content.site.base-url.invalid", text), fix);
      return null;
    }
  }

  private static ZoneId zone(FieldReader fields) {
    String text = fields.text("time_zone");
    if (text == null) {
      return SiteConfig.DEFAULT_TIME_ZONE;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      fields.problem("time_zone", Message.of("content.site.time-zone", text), Message.of("content.site.time-zone.fix"));
      return SiteConfig.DEFAULT_TIME_ZONE;
    }
  }

  private static String portalUrl(FieldReader fields) {
    String url = fields.text("portal_url");
    if (url != null && !url.matches("https?://\\S+")) {
      fields.problem("portal_url", Message.of("content.site.portal-url", url), Message.of("content.site.portal-url.fix"));
      return null;
    }
    return url;
  }

  private static SiteConfig.Footer footer(JsonNode node, FieldReader fields) {
    if (node == null || !node.isObject()) {
      return new SiteConfig.Footer(null, null, null, null, null);
    }
    return new SiteConfig.Footer(
        nestedText(node, "footer", "site_code", fields),
        nestedText(node, "footer", "icp", fields),
        nestedText(node, "footer", "public_security", fields),
        nestedText(node, "footer", "address", fields),
        nestedText(node, "footer", "phone", fields));
  }

  /**
   * The text at {@code parent.key}; a list or mapping there is a problem at its own line, not a
   * value quietly left out of the page.
   */
  private static String nestedText(JsonNode node, String parent, String key, FieldReader fields) {
    JsonNode value = node.get(key);
    if (value != null && !value.isNull() && !value.isValueNode()) {
      String name = parent + "." + key;
      fields.problemAt(parent + "/" + key, Message.of("content.field.single", name), Message.of("content.field.single.fix", key));
      return null;
    }
    return textOrNull(node, key);
  }

  private static QrErrorCorrection qrErrorCorrection(JsonNode node, FieldReader fields) {
    Message fix = Message.of("content.site.qr.fix");
    if (node == null) {
      return QrErrorCorrection.DEFAULT;
    }
    JsonNode level = node.isObject() ? node.get("error_correction") : null;
    if (!node.isObject() || level != null && !level.isNull() && !level.isValueNode()) {
      fields.problemAt("qr/error_correction", Message.of("content.site.qr.mapping"), fix);
      return QrErrorCorrection.DEFAULT;
    }
    String text = level == null || level.isNull() ? "" : level.asText().strip();
    if (text.isEmpty()) {
      return QrErrorCorrection.DEFAULT;
    }
    try {
      return QrErrorCorrection.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      fields.problemAt("qr/error_correction", Message.of("content.site.qr.level", text), fix);
      return QrErrorCorrection.DEFAULT;
    }
  }

  /** {@code accessibility: {email, phone, response_days, reviewed}}, all optional. */
  private static SiteConfig.Accessibility accessibility(JsonNode node, FieldReader fields) {
    if (node == null) {
      return SiteConfig.Accessibility.NONE;
    }
    if (!node.isObject()) {
      fields.problem("accessibility", Message.of("content.site.accessibility.mapping"), Message.of("content.site.accessibility.mapping.fix"));
      return SiteConfig.Accessibility.NONE;
    }
    String email = nestedText(node, "accessibility", "email", fields);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      fields.problemAt("accessibility/email", Message.of("content.site.accessibility.email", email), Message.of("content.site.accessibility.email.fix"));
      email = null;
    }
    Integer days = null;
    String daysText = nestedText(node, "accessibility", "response_days", fields);
    if (daysText != null) {
      if (daysText.matches("[1-9][0-9]{0,2}")) {
        days = Integer.valueOf(daysText);
      } else {
        fields.problemAt("accessibility/response_days", Message.of("content.site.accessibility.days", daysText), Message.of("content.site.accessibility.days.fix"));
      }
    }
    LocalDate reviewed = null;
    String reviewedText = nestedText(node, "accessibility", "reviewed", fields);
    if (reviewedText != null) {
      try {
        // The form YYYY-MM-DD only: LocalDate.parse would take +10000-01-01 as well.
        if (!reviewedText.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          throw new DateTimeException(reviewedText);
        }
        reviewed = LocalDate.parse(reviewedText);
      } catch (DateTimeException e) {
        fields.problemAt("accessibility/reviewed", Message.of("content.site.accessibility.reviewed", reviewedText), Message.of("content.site.accessibility.reviewed.fix"));
      }
    }
    return new SiteConfig.Accessibility(email, nestedText(node, "accessibility", "phone", fields), days, reviewed);
  }

  /** {@code page_size}: a whole number of reports per list page, at least 1. */
  private static int pageSize(JsonNode node, FieldReader fields) {
    if (node == null || node.isNull()) {
      return SiteConfig.DEFAULT_PAGE_SIZE;
    }
    String text = node.isValueNode() ? node.asText().strip() : "";
    if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 1) {
      return node.intValue();
    }
    fields.problem("page_size", Message.of("content.site.page-size", text), Message.of("content.site.page-size.fix", SiteConfig.DEFAULT_PAGE_SIZE));
    return SiteConfig.DEFAULT_PAGE_SIZE;
  }

  /** The code of new 索引号, checked as the scheme checks the code of every index_no. */
  private static String indexCode(FieldReader fields, IndexScheme scheme, boolean prompted) {
    String code = prompted ? null : fields.text("index_code");
    IndexCheck.Mistake mistake = code == null ? null : scheme.check().mistake(code);
    if (mistake != null) {
      fields.problem("index_code", mistake.message(), mistake.corrected() != null
          ? Message.of("content.site.index-code.corrected", mistake.corrected())
          : Message.of("content.site.index-code.fix"));
      return null;
    }
    return code;
  }

  // A region code (行政区划代码 and four digits) with no check character, as some county CMSs number.
  private static final String SCHEME_EXAMPLE =
      "{pattern: '(?<code>[0-9]{10})/(?<year>[0-9]{4})-(?<serial>[0-9]+)', check: none}";

  /**
   * {@code index_scheme: {pattern: …, check: …}}: the form of the site's 索引号 when its CMS numbered
   * otherwise than by a national code (docs/索引号.md). Without it, the default scheme.
   */
  private static IndexScheme indexScheme(JsonNode node, FieldReader fields) {
    if (node == null || node.isNull()) {
      return IndexScheme.DEFAULT;
    }
    Message fix = Message.of("content.index.scheme.fix", SCHEME_EXAMPLE);
    JsonNode pattern = node.isObject() ? node.get("pattern") : null;
    JsonNode check = node.isObject() ? node.get("check") : null;
    if (!node.isObject() || pattern == null || !pattern.isTextual() || pattern.asText().isBlank()
        || check != null && !check.isNull() && !check.isValueNode()) {
      fields.problemAt(pattern == null || !pattern.isTextual() || pattern.asText().isBlank() ? "index_scheme/pattern" : "index_scheme/check",
          Message.of("content.index.scheme.mapping"), fix);
      return IndexScheme.DEFAULT;
    }
    IndexCheck kind = check == null || check.isNull() ? IndexCheck.NATIONAL : IndexCheck.named(check.asText());
    if (kind == null) {
      fields.problemAt("index_scheme/check", Message.of("content.index.scheme.check", check.asText(), IndexCheck.NAMES), fix);
      return IndexScheme.DEFAULT;
    }
    Message mistake = IndexScheme.mistake(pattern.asText(), kind);
    if (mistake != null) {
      fields.problemAt("index_scheme/pattern", mistake, fix);
      return IndexScheme.DEFAULT;
    }
    return new IndexScheme(pattern.asText(), kind);
  }

  /** {@code categories:} the site's 主题分类, each once; empty when not set. */
  private static java.util.List<String> categories(FieldReader fields) {
    java.util.List<String> list = fields.textList("categories");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(list.get(i))) {
        fields.itemProblem("categories", i, Message.of("content.category.twice", list.get(i)), Message.of("content.category.twice.fix"));
      }
    }
    return java.util.List.copyOf(new java.util.LinkedHashSet<>(list));
  }

  /** {@code markdown: {trusted_html: true}}; anything but a boolean is a problem, never a guess. */
  private static boolean trustedHtml(JsonNode node, FieldReader fields) {
    Message fix = Message.of("content.site.markdown.fix");
    if (node == null || node.isNull()) {
      return false;
    }
    JsonNode value = node.isObject() ? node.get("trusted_html") : null;
    if (!node.isObject() || value != null && !value.isNull() && !value.isBoolean()) {
      fields.problemAt("markdown/trusted_html", Message.of("content.site.markdown.mapping"), fix);
      return false;
    }
    return value != null && value.asBoolean();
  }

  /** {@code catalogue: {in_force_only: true}}: the 信息公开目录 leaves out documents not in force (失效, 废止). */
  private static boolean catalogueInForceOnly(JsonNode node, FieldReader fields) {
    Message fix = Message.of("content.site.catalogue.fix");
    if (node == null || node.isNull()) {
      return false;
    }
    JsonNode value = node.isObject() ? node.get("in_force_only") : null;
    if (!node.isObject() || value != null && !value.isNull() && !value.isBoolean()) {
      fields.problemAt("catalogue/in_force_only", Message.of("content.site.catalogue.mapping"), fix);
      return false;
    }
    return value != null && value.asBoolean();
  }

  private static String textOrNull(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

}
