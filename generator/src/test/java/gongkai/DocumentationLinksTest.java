package gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is a landing page and the reference lives in docs/: every link between them (and to
 * files of the repository) must reach a file that exists, and a {@code #fragment} a heading of
 * that page, as GitHub makes heading anchors.
 */
class DocumentationLinksTest {
  private static final Path ROOT = TestSites.projectRoot();
  /** {@code [text](target)} and {@code ![alt](target)}, outside code spans; the target up to a space or ')'. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

  static List<Path> documents() {
    List<Path> docs = new ArrayList<>();
    for (String top : List.of("README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "CHANGELOG.md")) {
      docs.add(ROOT.resolve(top));
    }
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Code blocks and code spans hold examples ({@code ![图](图.png)}), not links of the page. */
  private static String withoutCode(String markdown) {
    return markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
  }

  /** GitHub's heading anchor: lower case, punctuation other than '-' and '_' dropped, spaces as '-'. */
  static String anchor(String heading) {
    String text = heading.replaceAll("`", "").strip().toLowerCase(Locale.ROOT);
    StringBuilder id = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == ' ') {
        id.append('-');
      } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)) {
        id.appendCodePoint(c);
      }
    });
    return id.toString();
  }

  private static Set<String> anchors(Path doc) {
    Set<String> ids = new TreeSet<>();
    Matcher heading = HEADING.matcher(withoutCode(read(doc)));
    while (heading.find()) {
      ids.add(anchor(heading.group(1)));
    }
    return ids;
  }

  @Test
  void everyRelativeLinkInTheDocsReachesAFileAndItsHeading() {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path doc : documents()) {
      Matcher link = LINK.matcher(withoutCode(read(doc)));
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue; // https:, mailto: — not this repository's
        }
        links++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
        if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(doc) + ": " + target + " (no such file)");
        } else if (hash >= 0 && resolved.toString().endsWith(".md")
            && !anchors(resolved).contains(URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8))) {
          broken.add(ROOT.relativize(doc) + ": " + target + " (no such heading)");
        }
      }
    }
    assertThat(links).as("links checked").isGreaterThan(40);
    assertThat(broken).isEmpty();
  }

  @Test
  void headingAnchorsAreMadeAsGithubMakesThem() {
    assertThat(anchor("Install a release")).isEqualTo("install-a-release");
    assertThat(anchor("`content/site.yaml`")).isEqualTo("contentsiteyaml");
    assertThat(anchor("三、建立本单位的网站：`gongkai init`")).isEqualTo("三建立本单位的网站gongkai-init");
  }
}
