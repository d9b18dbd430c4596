package gongkai.markdown;

import gongkai.content.ReportFolder;
import gongkai.content.Report;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.Set;

/**
 * The files one report body names by a relative address: every image, and every link to a file
 * such as {@code 统计表.xlsx}. They are published beside the report's page, so the address that
 * works next to the Markdown file works on the built page; the address written into the page is the
 * copy's root-relative one ({@link FileAddress}), so the care edition links to the same copy. Links
 * to pages ({@code ../2023/x/}, {@code a.html}) are left alone.
 */
final class LocalFiles {
  /** Extensions of links that name pages rather than files to publish. */
  private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "md");

  private final ReportFolder folder;
  private final FileAddress addresses;
  private final Report report;
  private final Map<String, ReportFolder.Found> found = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  LocalFiles(ReportFolder folder, FileAddress addresses, Report report) {
    this.folder = folder;
    this.addresses = addresses;
    this.report = report;
  }

  /**
   * A file the body names, found.
   *
   * @param href the address of its published copy, with the query and fragment written
   * @param file the file
   */
  record Local(String href, ReportFolder.Found file) {}

  /**
   * Looks up the image at {@code src} on body line {@code line} (0-based; asked for only when there
   * is a problem to report, since finding a node's line reads the body from its start).
   */
  Optional<Local> image(String src, IntSupplier line) {
    String path = localPath(src);
    return path == null ? Optional.empty() : lookUp(Message.of("markdown.file.image"), src, path, line);
  }

  /** Looks up the link to {@code href} on body line {@code line} (0-based) when it names a file. */
  Optional<Local> link(String href, IntSupplier line) {
    String path = localPath(href);
    return path == null || !namesFile(path) ? Optional.empty() : lookUp(Message.of("markdown.file.linked"), href, path, line);
  }

  /** The files found, each once, in the order the body first names them. */
  List<ReportFolder.Found> found() {
    return List.copyOf(found.values());
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  private Optional<Local> lookUp(Message what, String address, String path, IntSupplier line) {
    ReportFolder.Lookup lookup = folder.find(report.source(), path);
    if (lookup instanceof ReportFolder.Found f) {
      found.putIfAbsent(f.path(), f);
      String rest = address.substring(Math.min(end(address), address.length()));
      return Optional.of(new Local(addresses.of(report, f.path()) + rest, f));
    }
    ReportFolder.Refused refused = (ReportFolder.Refused) lookup;
    problems.add(
        Problem.at(
            report.source().displayPath(),
            report.bodyFirstLine() + line.getAsInt(),
            // content says why the file is refused and how to fix it; its words are its own.
            Message.of("markdown.file.refused", what, address, refused.problem()),
            Message.of("markdown.file.refused.fix", refused.fix())));
    return Optional.empty();
  }

  /** A file, not a page: its last segment has an extension, and not a page's. */
  private static boolean namesFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && !PAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * The file path a relative address names, percent-decoded, without query and fragment; null for
   * an address with a scheme, a root-relative or network-path address, or one that only has a
   * fragment.
   */
  static String localPath(String address) {
    if (address.startsWith("/") || address.startsWith("#") || address.startsWith("?")) {
      return null;
    }
    String path = address.substring(0, end(address));
    int colon = path.indexOf(':');
    if (path.isEmpty() || colon >= 0 && (path.indexOf('/') < 0 || colon < path.indexOf('/'))) {
      return null; // a scheme: http:, mailto:, …
    }
    // A '%' that starts no escape (100%.png) is part of the name as written.
    String decoded = PercentDecoding.decode(path);
    return decoded == null ? path : decoded;
  }

  /** Where the path ends: at the query or fragment, if any. */
  private static int end(String address) {
    int end = address.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = address.indexOf(stop);
      end = at < 0 ? end : Math.min(end, at);
    }
    return end;
  }
}
