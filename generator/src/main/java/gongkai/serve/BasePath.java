package gongkai.serve;

import gongkai.content.SiteConfigLoader;
import gongkai.content.SourceFile;
import gongkai.problem.BuildFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The path part of {@code base_url} in {@code content/site.yaml}: the preview serves the site
 * under it, so root-relative links work exactly as where it is published (DESIGN.md, URL scheme).
 */
final class BasePath {
  private BasePath() {}

  /** {@code /jtj/} for {@code https://www.example.gov.cn/jtj/}; {@code /} when site.yaml cannot say. */
  static String of(Path siteRoot) {
    Path file = siteRoot.resolve("content").resolve("site.yaml");
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String path = SiteConfigLoader.load(new SourceFile(file, Path.of("content", "site.yaml"), "site.yaml", text), null)
          .baseUrl().getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IOException | BuildFailedException | IllegalArgumentException e) {
      return "/"; // the build reports what is wrong with site.yaml; the preview still needs a path
    }
  }
}
