package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.content.DisclosureDate;
import gongkai.content.FrontMatter;
import gongkai.content.Lifecycle;
import gongkai.content.ParsedContent;
import gongkai.content.Report;
import gongkai.content.SiteConfig;
import gongkai.content.SourceFile;
import gongkai.content.Validity;
import gongkai.markdown.RenderedBody;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site model's side of a document's life: validity on the build date, derived relations, the catalogue. */
class DocumentLifeTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static SiteConfig config(boolean inForceOnly) {
    return new SiteConfig(
        "测试局", URI.create("https://www.example.gov.cn/jtj/"), "zh-CN", SHANGHAI, "测试局", null, List.of("gkml"),
        new SiteConfig.Footer(null, null, null, null, null), gongkai.qr.QrErrorCorrection.M, 0, SiteConfig.Accessibility.NONE,
        20, null, false, inForceOnly);
  }

  private static Report report(String relativePath, Validity validity, Lifecycle life) {
    SourceFile file = new SourceFile(Path.of("/site/content/" + relativePath), Path.of("content/" + relativePath), relativePath, "");
    FrontMatter meta = new FrontMatter(
        "标题 " + relativePath, null, "测试局", DisclosureDate.parse("2024-01-02", SHANGHAI), null, null, null, List.of(),
        validity, null, List.of(), file.baseName(), false, Map.of(), life);
    return new Report(file, meta, "正文。", 4, List.of());
  }

  private static Lifecycle life(LocalDate expires, String replacedBy, List<String> replaces, String interprets) {
    return new Lifecycle(null, expires, null, replacedBy, replaces, interprets, List.of());
  }

  private static Site site(boolean inForceOnly, LocalDate today, Edition edition, Report... reports) {
    Map<String, RenderedBody> bodies = new HashMap<>();
    for (Report r : reports) {
      bodies.put(r.source().relativePath(), RenderedBody.of("<p>正文</p>", List.of()));
    }
    return SiteAssembler.assemble(new ParsedContent(config(inForceOnly), List.of(reports), List.of()), bodies, false, edition, today);
  }

  private static ReportPage page(Site site, String path) {
    return site.reports().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void documentCountsAsExpiredFromItsExpiresDayInTheSitesZone() {
    Report report = report("gkml/a.md", Validity.IN_FORCE, life(LocalDate.of(2025, 6, 1), null, List.of(), null));
    assertThat(page(site(false, LocalDate.of(2025, 5, 31), Edition.STANDARD, report), "gkml/a/").validity()).isEqualTo(Validity.IN_FORCE);
    ReportPage expired = page(site(false, LocalDate.of(2025, 6, 1), Edition.STANDARD, report), "gkml/a/");
    assertThat(expired.validity()).isEqualTo(Validity.EXPIRED);
    assertThat(expired.inForce()).isFalse();
    assertThat(expired.hasValidityNotice()).isTrue();
  }

  @Test
  void repealedDocumentStaysRepealedPastItsExpiresDay() {
    Report report = report("gkml/a.md", Validity.REPEALED, life(LocalDate.of(2025, 6, 1), null, List.of(), null));
    assertThat(page(site(false, LocalDate.of(2026, 1, 1), Edition.STANDARD, report), "gkml/a/").validity()).isEqualTo(Validity.REPEALED);
  }

  @Test
  void buildDateIsSourceDateEpochWhenSetInTheSitesZone() {
    // 2024-12-31 16:30 UTC is already 2025-01-01 in Shanghai.
    assertThat(BuildDate.of("1735662600", Instant.EPOCH, SHANGHAI)).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(BuildDate.of(null, Instant.parse("2024-03-01T00:00:00Z"), SHANGHAI)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(BuildDate.of("not a number", Instant.parse("2024-03-01T00:00:00Z"), SHANGHAI)).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void replacementWrittenOnEitherSideLinksBothPagesInTheirEdition() {
    Report old = report("gkml/old.md", Validity.REPEALED, life(null, "gkml/new.md", List.of(), null));
    Report older = report("gkml/older.md", Validity.REPEALED, Lifecycle.NONE);
    Report replacement = report("gkml/new.md", Validity.IN_FORCE, life(null, null, List.of("gkml/older.md"), null));
    Site care = site(false, LocalDate.of(2025, 1, 1), Edition.CARE, old, older, replacement);
    assertThat(page(care, "gkml/old/").relations().replacedBy().url()).isEqualTo("/jtj/care/gkml/new/");
    assertThat(page(care, "gkml/older/").relations().replacedBy().url()).isEqualTo("/jtj/care/gkml/new/");
    assertThat(page(care, "gkml/new/").relations().replaces()).extracting(PageLink::url)
        .containsExactly("/jtj/care/gkml/old/", "/jtj/care/gkml/older/");
  }

  @Test
  void interpretationWrittenOnItsOwnSideIsListedOnThePolicy() {
    Report policy = report("gkml/banfa.md", Validity.IN_FORCE, Lifecycle.NONE);
    Report jiedu = report("gkml/jiedu.md", null, life(null, null, List.of(), "gkml/banfa.md"));
    Site site = site(false, LocalDate.of(2025, 1, 1), Edition.STANDARD, policy, jiedu);
    assertThat(page(site, "gkml/jiedu/").relations().interprets().url()).isEqualTo("/jtj/gkml/banfa/");
    assertThat(page(site, "gkml/banfa/").relations().interpretations()).extracting(PageLink::url).containsExactly("/jtj/gkml/jiedu/");
    assertThat(page(site, "gkml/banfa/").relations().hasDocuments()).isFalse();
  }

  @Test
  void catalogueListsOnlyDocumentsInForceWhenSiteYamlSaysSo() {
    Report repealed = report("gkml/a.md", Validity.REPEALED, Lifecycle.NONE);
    Report amended = report("gkml/b.md", Validity.AMENDED, Lifecycle.NONE);
    Report plain = report("gkml/c.md", null, Lifecycle.NONE);
    LocalDate today = LocalDate.of(2025, 1, 1);
    assertThat(site(false, today, Edition.STANDARD, repealed, amended, plain).catalogue().years().get(0).count()).isEqualTo(3);
    Site inForce = site(true, today, Edition.STANDARD, repealed, amended, plain);
    assertThat(inForce.catalogue().years().get(0).count()).isEqualTo(2);
    // The section list still shows every report.
    assertThat(inForce.sections().get(0).reports()).hasSize(3);
  }
}
