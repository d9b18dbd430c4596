package gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files {@code gongkai init} writes: a site that builds once its （…） prompts are filled in,
 * with a CI recipe that installs the release this gongkai is. Each file's text is a resource under
 * {@code gongkai/cli/init/}, with {@code @GONGKAI_VERSION@} standing for the version and
 * {@code @DATE@} for the day the site is made (the 发布日期 of its starter pages).
 */
final class SiteTemplate {
  /** One file of the new site: where it goes (with {@code /}), and the resource that holds it. */
  record File(String path, String resource, boolean executable) {}

  static final List<File> FILES = List.of(
      new File("content/site.yaml", "site.yaml", false),
      // The 政府信息公开 column as government portals lay it out:
      // 指南, 制度, 法定主动公开内容, 年报, 依申请公开; the guide and how to apply each with a page to fill in.
      new File("content/gkzn/_index.md", "gkzn_index.md", false),
      new File("content/gkzn/zhinan.md", "gkzn_zhinan.md", false),
      new File("content/gkzd/_index.md", "gkzd_index.md", false),
      new File("content/gkml/_index.md", "gkml_index.md", false),
      new File("content/ndbg/_index.md", "ndbg_index.md", false),
      new File("content/ysqgk/_index.md", "ysqgk_index.md", false),
      new File("content/ysqgk/shenqing.md", "ysqgk_shenqing.md", false),
      new File(".gitignore", "gitignore", false),
      new File("README.md", "README.md", false),
      new File("ci/gongkai.sh", "ci.sh", true),
      new File(".github/workflows/gongkai.yml", "github-workflow.yml", false));

  private SiteTemplate() {}

  /** The text of {@code file} for a site that pins gongkai {@code version}, made on {@code date}. */
  static String text(File file, String version, java.time.LocalDate date) {
    try (InputStream in = SiteTemplate.class.getResourceAsStream("init/" + file.resource())) {
      if (in == null) {
        throw new IllegalStateException("missing resource gongkai/cli/init/" + file.resource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@GONGKAI_VERSION@", version)
          .replace("@DATE@", date.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
