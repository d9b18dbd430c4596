package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web server configurations in docs/ send the Content-Security-Policy the pages need, so the
 * documents cannot go stale: when the no-flash script's hash (gongkai.theme.InlineScript) or a
 * page's policy changes, this fails until docs/nginx.conf and docs/apache.conf say the same.
 */
class HostingDocsTest {
  @TempDir static Path out;
  static List<Document> pages;

  @BeforeAll
  static void buildSample() throws IOException {
    Build.run(new BuildOptions(TestSites.projectRoot(), out, false, null));
    try (Stream<Path> walk = Files.walk(out)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().map(HostingDocsTest::parse).toList();
    }
  }

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), out.relativize(file).toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyPageDeclaresOnePolicyWhichTheDocumentedHeaderRepeatsWithFrameAncestors() {
    assertThat(pages).hasSizeGreaterThan(10);
    List<String> policies = pages.stream().map(HostingDocs::policyFor).distinct().toList();
    assertThat(policies).as("one policy for every page of both editions").hasSize(1);

    assertThat(HostingDocs.nginxPolicy()).as("docs/nginx.conf").isEqualTo(policies.get(0));
    assertThat(HostingDocs.apachePolicy()).as("docs/apache.conf").isEqualTo(policies.get(0));
  }

  @Test
  void documentedPolicyAllowsTheInlineScriptByItsCurrentHashAndNothingElseInline() {
    String script = pages.get(0).select("head script:not([src])").first().data();

    String hash = "'sha256-" + java.util.Base64.getEncoder().encodeToString(sha256(script)) + "'";

    assertThat(HostingDocs.nginxPolicy())
        .contains("script-src 'self' " + hash + ";")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval")
        .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
  }

  @Test
  void documentedConfigurationsCacheOnlyFingerprintedAssetsForever() {
    String immutable = "public, max-age=31536000, immutable";
    assertThat(HostingDocs.read("nginx.conf")).contains("\\.[0-9a-f]{10}\\.(css|js)$\" \"" + immutable + "\"");
    assertThat(HostingDocs.read("apache.conf")).contains("\\.[0-9a-f]{10}\\.(css|js)$\">", "Header always set Cache-Control \"" + immutable + "\"");
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
