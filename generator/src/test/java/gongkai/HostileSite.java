package gongkai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A site whose reports carry hostile text in every front-matter value a page, feed, sitemap or
 * search index shows, and in their bodies: one report per text, {@code content/gkml/2024/r-NNN.md}.
 */
public final class HostileSite {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HostileSite() {}

  /** Writes the site below {@code root} (content/ and the project's themes) and returns root. */
  public static Path write(Path root, List<String> texts) {
    return write(root, texts, "");
  }

  /** As {@link #write(Path, List)}, with {@code siteYaml} added to site.yaml. */
  static Path write(Path root, List<String> texts, String siteYaml) {
    try {
      Path reports = Files.createDirectories(root.resolve("content/gkml/2024"));
      Files.writeString(
          root.resolve("content/site.yaml"),
          "title: 示例局政府信息公开\nbase_url: https://gk.example.org/jtj/\norganization: 示例局\nsections: [gkml]\n" + siteYaml,
          StandardCharsets.UTF_8);
      Files.writeString(reports.resolve("fujian.txt"), "附件内容\n", StandardCharsets.UTF_8);
      for (int i = 0; i < texts.size(); i++) {
        Files.writeString(reports.resolve(String.format("r-%03d.md", i)), report(i, texts.get(i)), StandardCharsets.UTF_8);
      }
      TestSites.copyTree(TestSites.projectRoot().resolve("themes"), root.resolve("themes"));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A report showing {@code text} as every value and in its body, as a block and inline. */
  static String report(int serial, String text) {
    String value = quoted(text);
    return "---\n"
        + "title: " + value + "\n"
        + "index_no: 113715020044301982/2024-" + String.format("%05d", serial + 1) + "\n"
        + "publisher: " + value + "\n"
        + "date: 2024-03-01 09:00:00\n"
        + "doc_no: " + value + "\n"
        + "category: " + value + "\n"
        + "keywords: [" + value + ", 公开]\n"
        // validity takes one of four words, so the text goes into the free text of a revision instead.
        + "validity: 已修改\n"
        + "revisions:\n"
        + "  - date: 2024-03-02\n"
        + "    change: " + value + "\n"
        + "summary: " + value + "\n"
        + "banner: " + value + "\n"
        + "attachments:\n"
        + "  - file: fujian.txt\n"
        + "    title: " + value + "\n"
        + "---\n\n"
        + text + "\n\n正文 " + text + " 结束。\n";
  }

  /** {@code text} as a YAML double-quoted scalar (a JSON string is one). */
  static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lines of a test resource that are neither blank nor {@code #} comments, with \t and \n decoded. */
  public static List<String> lines(String resource) {
    try {
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(TestSites.testResources().resolve(resource), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.replace("\\t", "\t").replace("\\n", "\n"));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
