package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.problem.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLanguageTest {
  @TempDir Path site;

  private void siteYaml(String text) throws IOException {
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("content/site.yaml"), text, StandardCharsets.UTF_8);
  }

  @Test
  void theSitesLanguageIsSpoken() throws IOException {
    siteYaml("title: Transport\nlanguage: en\n");

    assertThat(SiteLanguage.of(site, null)).isEqualTo(Language.EN);
  }

  @Test
  void langOverridesTheSite() throws IOException {
    siteYaml("title: Transport\nlanguage: en\n");

    assertThat(SiteLanguage.of(site, Language.ZH_CN)).isEqualTo(Language.ZH_CN);
  }

  @Test
  void settingsWithOtherMistakesStillNameTheirLanguage() throws IOException {
    siteYaml("language: en\npage_size: many\n"); // no title, no base_url, a bad page_size

    assertThat(SiteLanguage.of(site, null)).isEqualTo(Language.EN);
  }

  @Test
  void withoutReadableSettingsChineseIsSpoken() throws IOException {
    assertThat(SiteLanguage.of(site, null)).as("no site.yaml").isEqualTo(Language.DEFAULT).isEqualTo(Language.ZH_CN);

    siteYaml("language: [en\n");
    assertThat(SiteLanguage.of(site, null)).as("a YAML syntax error").isEqualTo(Language.ZH_CN);

    siteYaml("title: 测试局\n");
    assertThat(SiteLanguage.of(site, null)).as("no language:").isEqualTo(Language.ZH_CN);
  }
}
