package gongkai.content;

import gongkai.problem.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds a file a report names (an attachment, an image, a linked document) in the report's folder
 * and checks it can be published beside the report's page: a readable regular file, inside
 * {@code content/}, below the report's folder, with a place of its own. A report folder is
 * self-contained this way: a relative address that works next to the Markdown file works next to the
 * built page too (DESIGN.md, URL scheme).
 */
public final class ReportFolder {
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

  /**
   * Files a browser runs as script or as a page that can run script, from the site's own address:
   * HTML and XHTML (MHTML too), SVG (which may hold {@code <script>} and event attributes), XML (an
   * XHTML or XSLT document), scripts and Flash. An {@code .html} attachment loading a {@code .js}
   * attachment even passes the hosting guide's {@code script-src 'self'}. See docs/安全.md.
   */
  static final java.util.Set<String> ACTIVE = java.util.Set.of(
      "html", "htm", "shtml", "xhtml", "xht", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "xslt", "js", "mjs", "swf");

  private final Path contentDir;
  private final boolean activeContentTrusted;
  private volatile Path realContentDir; // read by the threads that parse and render reports

  /** @param contentDir the site's {@code content/} folder; files that run script are refused */
  public ReportFolder(Path contentDir) {
    this(contentDir, false);
  }

  /**
   * @param contentDir the site's {@code content/} folder
   * @param activeContentTrusted whether the site trusts its editors with script
   *     ({@code markdown: {trusted_html: true}}), so files that run script ({@link #ACTIVE}) may be published
   */
  public ReportFolder(Path contentDir, boolean activeContentTrusted) {
    this.contentDir = Objects.requireNonNull(contentDir, "contentDir");
    this.activeContentTrusted = activeContentTrusted;
  }

  /** The file's extension if it is one a browser runs script from, else null. */
  static String activeExtension(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    return ACTIVE.contains(extension) ? extension : null;
  }

  /** What looking a file up gave. */
  public sealed interface Lookup permits Found, Refused {}

  /**
   * A file that can be published.
   *
   * @param path where it is below the report's folder, normalised, with {@code /} separators, e.g.
   *     {@code 附件/统计表.xlsx}; it keeps that place below the report's page
   * @param source the file on disk
   * @param size its size in bytes
   */
  public record Found(String path, Path source, long size) implements Lookup {
    public Found {
      Objects.requireNonNull(source, "source");
      if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")
          || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
        throw new IllegalArgumentException("not a normalised relative path: " + path);
      }
    }
  }

  /**
   * A file that cannot be published, told so that a caller can say which file it means first:
   * {@code attachment 'x.pdf' } + problem + {@code  — } + fix.
   */
  public record Refused(Message problem, Message fix) implements Lookup {}

  /**
   * Looks up {@code file}, a path relative to {@code report}'s folder as the publisher wrote it
   * (already percent-decoded when it came from a link).
   */
  public Lookup find(SourceFile report, String file) {
    Path reportDir = report.path().getParent();
    // Folders as publishers write them: content/gkml/2024/
    String folder = slash(report.displayPath().getParent()) + "/";
    String name = file.substring(file.lastIndexOf('/') + 1);
    String path = normalise(file);
    Path source = path == null ? null : resolve(reportDir, path);
    if (file.contains("\\")) {
      return new Refused(Message.of("content.file.backslash"), Message.of("content.file.backslash.fix", file.replace('\\', '/')));
    } else if (file.startsWith("/") || DRIVE.matcher(file).matches()) {
      return new Refused(Message.of("content.file.absolute"), Message.of("content.file.copy-into.fix", folder, name));
    } else if (path != null && source == null) {
      return new Refused(Message.of("content.file.name"), Message.of("content.file.name.fix"));
    } else if (path == null) {
      // Files are served beside the report's page, in the folders they have below the report's
      // folder; a file above it has no place there, even inside content/.
      return new Refused(Message.of("content.file.outside"), Message.of("content.file.copy-into.fix", folder, name));
    } else if (!Files.exists(source)) {
      return new Refused(
          Message.of("content.file.not-found"),
          Message.of("content.file.not-found.fix", slash(report.displayPath().getParent().resolve(path).getParent())));
    } else if (!realPath(source).startsWith(realContentDir())) {
      // A link could publish any file the build can read (a key, a password file).
      return new Refused(Message.of("content.file.link"), Message.of("content.file.link.fix", folder));
    } else if (Files.isDirectory(source)) {
      return new Refused(Message.of("content.file.folder"), Message.of("content.file.folder.fix", path.isEmpty() ? "" : path + "/"));
    } else if (!Files.isRegularFile(source)) {
      return new Refused(Message.of("content.file.irregular"), Message.of("content.file.irregular.fix"));
    } else if (!Files.isReadable(source)) {
      return new Refused(Message.of("content.file.unreadable"), Message.of("content.file.unreadable.fix"));
    } else if (path.equalsIgnoreCase("index.html")) {
      return new Refused(Message.of("content.file.page"), Message.of("content.file.page.fix"));
    } else if (!activeContentTrusted && activeExtension(name) != null) {
      return new Refused(Message.of("content.file.active", "." + activeExtension(name)), Message.of("content.file.active.fix"));
    }
    return new Found(path, source, size(source));
  }

  /** Read when first needed: a site without such files never touches the file system here. */
  private Path realContentDir() {
    if (realContentDir == null) {
      realContentDir = realPath(contentDir);
    }
    return realContentDir;
  }

  /** {@code file} without empty and {@code .} segments; null when it has a {@code ..} segment. */
  private static String normalise(String file) {
    List<String> parts = new ArrayList<>();
    for (String part : file.split("/")) {
      if (part.equals("..")) {
        return null;
      }
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  private static Path resolve(Path dir, String path) {
    try {
      return dir.resolve(path);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String slash(Path path) {
    return path.toString().replace('\\', '/');
  }
}
