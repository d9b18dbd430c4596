package gongkai.content;

import gongkai.qr.QrErrorCorrection;
import com.fasterxml.jackson.databind.JsonNode;
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
    String title = fields.requiredText("title", "add a line 'title: <site name>'");
    URI baseUrl =
        baseUrlOverride != null
            ? baseUrl(baseUrlOverride, fields, "check --base-url")
            : baseUrl(
                fields.requiredText(
                    "base_url", "add 'base_url: https://…/', the address the site is published at, or pass --base-url"),
                fields,
                "write the address the site is published at, e.g. base_url: https://www.example.gov.cn/jtj/ (QR codes need it), or pass --base-url");
    ZoneId zone = zone(fields);
    String language = fields.text("language");
    SiteConfig config =
        new SiteConfig(
            title == null ? "" : title,
            baseUrl == null ? URI.create("https://invalid.example/") : baseUrl,
            language == null ? "zh-CN" : language,
            zone,
            orEmpty(fields.text("organization")),
            portalUrl(fields),
            fields.textList("sections"),
            footer(yaml.get("footer")),
            qrErrorCorrection(yaml.get("qr"), fields),
            language == null ? 0 : Math.max(yaml.line("language"), 1),
            accessibility(yaml.get("accessibility"), fields),
            pageSize(yaml.get("page_size"), fields),
            indexCode(fields),
            trustedHtml(yaml.get("markdown"), fields),
            catalogueInForceOnly(yaml.get("catalogue"), fields));
    problems.throwIfAny();
    return config;
  }

  private static URI baseUrl(String text, FieldReader fields, String fix) {
    if (text == null) {
      return null;
    }
    try {
      // toASCIIString percent-encodes raw non-ASCII (交通) as UTF-8 once and leaves %XX escapes as
      // they are; the multi-argument URI constructor would encode their '%' again (%25E4…).
      URI uri = new URI(new URI(text.strip()).toASCIIString());
      if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().matches("https?")) {
        fields.problem("base_url", "base_url '" + text + "' is not an absolute http(s) address", fix);
        return null;
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        fields.problem("base_url", "base_url '" + text + "' must not have a query or fragment", fix);
        return null;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
    } catch (URISyntaxException e) {
      fields.problem("base_url", "base_url '" + text + "' is not a valid address", fix);
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
      fields.problem("time_zone", "time_zone '" + text + "' is not a known zone", "use a name such as Asia/Shanghai");
      return SiteConfig.DEFAULT_TIME_ZONE;
    }
  }

  private static String portalUrl(FieldReader fields) {
    String url = fields.text("portal_url");
    if (url != null && !url.matches("https?://\\S+")) {
      fields.problem("portal_url", "portal_url '" + url + "' is not an http(s) address", "write the full address, e.g. https://www.example.gov.cn/");
      return null;
    }
    return url;
  }

  private static SiteConfig.Footer footer(JsonNode node) {
    if (node == null || !node.isObject()) {
      return new SiteConfig.Footer(null, null, null, null, null);
    }
    return new SiteConfig.Footer(
        textOrNull(node, "site_code"),
        textOrNull(node, "icp"),
        textOrNull(node, "public_security"),
        textOrNull(node, "address"),
        textOrNull(node, "phone"));
  }

  private static QrErrorCorrection qrErrorCorrection(JsonNode node, FieldReader fields) {
    String fix = "write qr: {error_correction: M} with one of L, M, Q, H, or leave qr out for M";
    if (node == null) {
      return QrErrorCorrection.DEFAULT;
    }
    JsonNode level = node.isObject() ? node.get("error_correction") : null;
    if (!node.isObject() || level != null && !level.isNull() && !level.isValueNode()) {
      fields.problem("qr", "'qr' must be a mapping with the key error_correction", fix);
      return QrErrorCorrection.DEFAULT;
    }
    String text = level == null || level.isNull() ? "" : level.asText().strip();
    if (text.isEmpty()) {
      return QrErrorCorrection.DEFAULT;
    }
    try {
      return QrErrorCorrection.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      fields.problem("qr", "qr error_correction '" + text + "' is not one of L, M, Q, H", fix);
      return QrErrorCorrection.DEFAULT;
    }
  }

  /** {@code accessibility: {email, phone, response_days, reviewed}}, all optional. */
  private static SiteConfig.Accessibility accessibility(JsonNode node, FieldReader fields) {
    if (node == null) {
      return SiteConfig.Accessibility.NONE;
    }
    if (!node.isObject()) {
      fields.problem(
          "accessibility",
          "'accessibility' must be a mapping",
          "write accessibility: {email: …, phone: …, response_days: 15, reviewed: 2026-11-01}, or leave it out");
      return SiteConfig.Accessibility.NONE;
    }
    String email = textOrNull(node, "email");
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      fields.problem("accessibility", "accessibility email '" + email + "' is not an e-mail address", "write it as name@example.gov.cn");
      email = null;
    }
    Integer days = null;
    String daysText = textOrNull(node, "response_days");
    if (daysText != null) {
      if (daysText.matches("[1-9][0-9]{0,2}")) {
        days = Integer.valueOf(daysText);
      } else {
        fields.problem("accessibility", "accessibility response_days '" + daysText + "' is not a number of days", "write a whole number such as 15");
      }
    }
    LocalDate reviewed = null;
    String reviewedText = textOrNull(node, "reviewed");
    if (reviewedText != null) {
      try {
        reviewed = LocalDate.parse(reviewedText);
      } catch (DateTimeException e) {
        fields.problem("accessibility", "accessibility reviewed '" + reviewedText + "' is not a date", "use YYYY-MM-DD, e.g. reviewed: 2026-11-01");
      }
    }
    return new SiteConfig.Accessibility(email, textOrNull(node, "phone"), days, reviewed);
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
    fields.problem(
        "page_size",
        "page_size '" + text + "' is not a positive whole number",
        "write the number of reports per list page, e.g. page_size: 20, or leave it out for "
            + SiteConfig.DEFAULT_PAGE_SIZE);
    return SiteConfig.DEFAULT_PAGE_SIZE;
  }

  /** The credit code of new 索引号, checked like the code of every index_no (GB 32100-2015). */
  private static String indexCode(FieldReader fields) {
    String code = fields.text("index_code");
    String problem = code == null ? null : IndexNumber.checkCharacterProblem(code);
    if (problem != null) {
      fields.problem(
          "index_code", problem, "write the publishing body's 18-character unified social credit code, e.g. index_code: \"113715020044301982\"");
      return null;
    }
    return code;
  }

  /** {@code markdown: {trusted_html: true}}; anything but a boolean is a problem, never a guess. */
  private static boolean trustedHtml(JsonNode node, FieldReader fields) {
    String fix = "write markdown: {trusted_html: true} to keep raw HTML as written, or leave markdown out to sanitise it";
    if (node == null || node.isNull()) {
      return false;
    }
    JsonNode value = node.isObject() ? node.get("trusted_html") : null;
    if (!node.isObject() || value != null && !value.isNull() && !value.isBoolean()) {
      fields.problem("markdown", "'markdown' must be a mapping with trusted_html: true or false", fix);
      return false;
    }
    return value != null && value.asBoolean();
  }

  /** {@code catalogue: {in_force_only: true}}: the 信息公开目录 leaves out documents not in force (失效, 废止). */
  private static boolean catalogueInForceOnly(JsonNode node, FieldReader fields) {
    String fix = "write catalogue: {in_force_only: true} to list only documents in force, or leave catalogue out to list all";
    if (node == null || node.isNull()) {
      return false;
    }
    JsonNode value = node.isObject() ? node.get("in_force_only") : null;
    if (!node.isObject() || value != null && !value.isNull() && !value.isBoolean()) {
      fields.problem("catalogue", "'catalogue' must be a mapping with in_force_only: true or false", fix);
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
