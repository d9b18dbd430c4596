package gongkai.content;

import gongkai.qr.QrErrorCorrection;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The settings in {@code content/site.yaml}.
 *
 * @param title the site's name, shown in the header and page titles
 * @param baseUrl absolute URL the site is published at, ending in '/'
 * @param language BCP 47 tag, e.g. {@code zh-CN}; selects the theme's UI strings
 * @param timeZone zone of dates without an offset, and of displayed dates
 * @param organization default 发布机构, shown in the footer
 * @param portalUrl the organization's main website, for 返回首页; null when this site is its home
 * @param sections section folders in display order; sections not listed follow alphabetically
 * @param footer identifiers every Chinese government site shows in its footer
 * @param qrErrorCorrection error correction of the pages' QR codes ({@code qr: error_correction:})
 * @param languageLine the line of {@code language:} in site.yaml, for problems; 0 when not set
 * @param accessibility the accessibility statement's settings ({@code accessibility:})
 * @param pageSize reports per list page (section lists and the 信息公开目录's lists), at least 1
 * @param indexCode the unified social credit code {@code gongkai new} puts in new 索引号
 *     ({@code index_code:}); null when not set, and then taken from the existing reports
 * @param trustedHtml keep raw HTML in reports as written ({@code markdown: {trusted_html: true}});
 *     false, the default, sanitises it
 * @param catalogueInForceOnly the 信息公开目录 lists only documents in force ({@code catalogue:
 *     {in_force_only: true}}); false, the default, lists every report
 * @param indexScheme the form of the site's 索引号 ({@code index_scheme:}); by default the national codes
 * @param categories the site's 主题分类 ({@code categories:}); a report's {@code category} must be one
 *     of them; empty when not set, and then any category is accepted
 */
public record SiteConfig(
    String title,
    URI baseUrl,
    String language,
    ZoneId timeZone,
    String organization,
    String portalUrl,
    List<String> sections,
    Footer footer,
    QrErrorCorrection qrErrorCorrection,
    int languageLine,
    Accessibility accessibility,
    int pageSize,
    String indexCode,
    boolean trustedHtml,
    boolean catalogueInForceOnly,
    IndexScheme indexScheme,
    List<String> categories) {
  /** The zone of a site whose site.yaml names none: China's one time zone. */
  public static final java.time.ZoneId DEFAULT_TIME_ZONE = java.time.ZoneId.of("Asia/Shanghai");


  /** Reports per list page when site.yaml sets no {@code page_size}. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(accessibility, "accessibility");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(qrErrorCorrection, "qrErrorCorrection");
    sections = List.copyOf(sections);
    categories = List.copyOf(categories);
    Objects.requireNonNull(indexScheme, "indexScheme");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, was " + pageSize);
    }
    if (!baseUrl.isAbsolute() || !baseUrl.getPath().endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must be absolute and end in '/': " + baseUrl);
    }
  }

  /** Settings with the default 索引号 scheme and no list of categories. */
  public SiteConfig(
      String title,
      URI baseUrl,
      String language,
      ZoneId timeZone,
      String organization,
      String portalUrl,
      List<String> sections,
      Footer footer,
      QrErrorCorrection qrErrorCorrection,
      int languageLine,
      Accessibility accessibility,
      int pageSize,
      String indexCode,
      boolean trustedHtml,
      boolean catalogueInForceOnly) {
    this(title, baseUrl, language, timeZone, organization, portalUrl, sections, footer, qrErrorCorrection, languageLine,
        accessibility, pageSize, indexCode, trustedHtml, catalogueInForceOnly, IndexScheme.DEFAULT, List.of());
  }

  /** Settings whose 信息公开目录 lists every report. */
  public SiteConfig(
      String title,
      URI baseUrl,
      String language,
      ZoneId timeZone,
      String organization,
      String portalUrl,
      List<String> sections,
      Footer footer,
      QrErrorCorrection qrErrorCorrection,
      int languageLine,
      Accessibility accessibility,
      int pageSize,
      String indexCode,
      boolean trustedHtml) {
    this(title, baseUrl, language, timeZone, organization, portalUrl, sections, footer, qrErrorCorrection, languageLine,
        accessibility, pageSize, indexCode, trustedHtml, false);
  }

  /**
   * Settings with every optional one at its default: QR error correction M, no language line, no
   * accessibility contacts, 20 reports a page, no {@code index_code}, raw HTML sanitised.
   */
  public SiteConfig(
      String title,
      URI baseUrl,
      String language,
      ZoneId timeZone,
      String organization,
      String portalUrl,
      List<String> sections,
      Footer footer) {
    this(title, baseUrl, language, timeZone, organization, portalUrl, sections, footer, QrErrorCorrection.DEFAULT, 0,
        Accessibility.NONE, DEFAULT_PAGE_SIZE, null, false);
  }

  /** Returns a copy published at {@code url}, e.g. for {@code --base-url}. */
  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(
        title, url, language, timeZone, organization, portalUrl, sections, footer, qrErrorCorrection, languageLine, accessibility, pageSize,
        indexCode, trustedHtml, catalogueInForceOnly, indexScheme, categories);
  }

  /**
   * Footer identifiers; each is null when not set.
   *
   * @param siteCode 网站标识码
   * @param icp ICP备案号
   * @param publicSecurity 公安机关备案号
   * @param address postal address
   * @param phone contact telephone
   */
  public record Footer(String siteCode, String icp, String publicSecurity, String address, String phone) {}

  /**
   * What the accessibility statement says beyond its fixed text; each is null when not set, and the
   * page shows only what is set.
   *
   * @param email where readers report a problem (shown as a mailto: link)
   * @param phone a telephone number for reports
   * @param responseDays working days within which the office answers
   * @param reviewed when the statement was last reviewed; never the build time, so builds repeat
   */
  public record Accessibility(String email, String phone, Integer responseDays, LocalDate reviewed) {
    public static final Accessibility NONE = new Accessibility(null, null, null, null);

    /** Whether any way to report a problem is set. */
    public boolean hasContact() {
      return email != null || phone != null;
    }
  }
}
