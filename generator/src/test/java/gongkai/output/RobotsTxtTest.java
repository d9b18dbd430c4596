package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {
  private static String robots(String base) {
    Site site = SiteFixture.site(SiteFixture.config(base, "测试局"), SiteFixture.standard(base), List.of(), List.of());
    OutputFile file = RobotsTxt.write(site);
    assertThat(file.path()).isEqualTo("robots.txt");
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void robotsAllowsEverythingAndPointsAtTheSitemap() {
    assertThat(robots("https://gk.example.org/"))
        .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://gk.example.org/sitemap.xml\n");
  }

  @Test
  void sitemapAddressKeepsTheSubPathOfBaseUrl() {
    assertThat(robots("https://www.example.gov.cn/jtj/")).contains("Sitemap: https://www.example.gov.cn/jtj/sitemap.xml\n");
  }
}
