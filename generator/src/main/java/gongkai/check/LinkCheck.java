package gongkai.check;

import gongkai.site.Edition;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import gongkai.site.UrlScheme;
import gongkai.content.ParsedContent;
import gongkai.content.Report;
import gongkai.markdown.BodyCheck;
import gongkai.markdown.PercentDecoding;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds links between pages of the site that lead nowhere: a relative or root-relative address that
 * is no page or file of the site, or a {@code #fragment} that is no heading id of the report it
 * points at. Links are resolved the way the reader's browser resolves them on the built page, so
 * what passes here works there, at a domain root and under a sub-path alike. Files a report names
 * by a relative address (images, {@code 统计表.xlsx}) are checked when the body is rendered.
 */
public final class LinkCheck {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
  /** Extensions of relative links that name pages; any other extension names a file beside the report. */
  private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "md");
  /** Files every build writes at the site root besides the pages of the model. */
  private static final List<String> SITE_FILES =
      List.of("404.html", "feed.xml", "sitemap.xml", "robots.txt", "search-index/meta.json", "search/", "accessibility/");

  private final Site site;
  private final Map<String, ReportPage> pages = new HashMap<>();
  private final Set<String> targets = new HashSet<>();
  private final Map<String, ReportPage> byReportFile = new HashMap<>();

  private LinkCheck(ParsedContent content, Site site) {
    this.site = site;
    targets.add("");
    targets.addAll(SITE_FILES);
    for (Section section : site.sections()) {
      targets.add(section.path());
      targets.add(Site.feedPath(section));
    }
    for (ReportPage page : site.reports()) {
      targets.add(page.path());
      pages.put(page.path(), page);
      page.attachments().forEach(a -> targets.add(a.path()));
      page.body().files().forEach(f -> targets.add(page.path() + f.path()));
    }
    Map<String, ReportPage> byPath = new HashMap<>();
    site.reports().forEach(p -> byPath.put(p.path(), p));
    for (Report report : content.reports()) {
      ReportPage page = byPath.get(UrlScheme.reportPath(report.source().folders(), report.meta().slug()));
      if (page != null) {
        byReportFile.put(report.source().relativePath(), page);
      }
    }
  }

  /**
   * The heading ids of the report page at {@code target}, or null for any other page. Read only for
   * a link with a fragment: a big site's bodies may have to be rendered again to be read.
   */
  private Set<String> headingIds(String target) {
    ReportPage page = pages.get(target);
    if (page == null) {
      return null;
    }
    Set<String> ids = new LinkedHashSet<>();
    page.body().headings().forEach(h -> ids.add(h.id()));
    return ids;
  }

  /**
   * @param links each published report's links, by its file's path below {@code content/}
   * @param site the standard edition; the care edition has the same pages under {@code care/}
   */
  public static List<Problem> check(ParsedContent content, Map<String, List<BodyCheck.BodyLink>> links, Site site) {
    LinkCheck check = new LinkCheck(content, site);
    List<Problem> problems = new ArrayList<>();
    for (Report report : content.reports()) {
      ReportPage page = check.byReportFile.get(report.source().relativePath());
      if (page == null) {
        continue; // a draft left out of this build: nobody can follow its links
      }
      for (BodyCheck.BodyLink link : links.getOrDefault(report.source().relativePath(), List.of())) {
        Broken broken = check.problem(report, page, link.address());
        if (broken != null) {
          problems.add(Problem.at(report.source().displayPath(), link.line(), link.column(), broken.message(), broken.fix()));
        }
      }
    }
    return problems;
  }

  /** What is wrong with a link and how to fix it. */
  private record Broken(Message message, Message fix) {}

  /** The problem with {@code address} on {@code page}, or null when it works. */
  private Broken problem(Report report, ReportPage page, String address) {
    if (address.isEmpty() || SCHEME.matcher(address).matches() || address.startsWith("//")) {
      return null; // another site, mail or phone: not ours to check
    }
    int hash = address.indexOf('#');
    String fragment = hash < 0 ? null : decode(address.substring(hash + 1));
    String beforeFragment = hash < 0 ? address : address.substring(0, hash);
    int query = beforeFragment.indexOf('?');
    String path = query < 0 ? beforeFragment : beforeFragment.substring(0, query);
    if (path.isEmpty()) {
      return fragmentProblem(page.path(), fragment, address, null);
    }
    if (!path.startsWith("/") && namesFile(path)) {
      return null; // a file beside the report, checked with the body's images
    }
    String basePath = site.urls().basePath();
    String resolved = resolve(basePath + page.path(), decode(path));
    if (resolved == null) {
      return new Broken(Message.of("check.link.invalid", address), Message.of("check.link.invalid.fix"));
    }
    if (!resolved.startsWith(basePath)) {
      String inside = resolved.startsWith("/") ? resolved.substring(1) : resolved;
      String target = target(inside);
      return new Broken(
          Message.of("check.link.outside", address, resolved, basePath),
          target != null ? Message.of("check.link.outside.fix-write", basePath + inside) : Message.of("check.link.outside.fix", basePath));
    }
    String target = target(resolved.substring(basePath.length()));
    if (target == null) {
      return new Broken(Message.of("check.link.nothing", address, resolved), fixFor(report, path));
    }
    return fragmentProblem(target, fragment, address, basePath + target);
  }

  /** The site path a path below the base serves, or null when nothing is published there. */
  private String target(String path) {
    String p = path.startsWith(Edition.CARE.prefix()) ? path.substring(Edition.CARE.prefix().length()) : path;
    if (p.endsWith("index.html")) {
      p = p.substring(0, p.length() - "index.html".length());
    }
    if (targets.contains(p) || p.startsWith("assets/")) {
      return p;
    }
    if (!p.isEmpty() && !p.endsWith("/") && targets.contains(p + "/")) {
      return p + "/"; // servers redirect a folder's address to the one ending in '/'
    }
    return null;
  }

  /** @param where the page's address as the message names it, or null for the link's own page */
  private Broken fragmentProblem(String target, String fragment, String address, String where) {
    if (fragment == null || fragment.isEmpty() || BodyCheck.isPageId(fragment)) {
      return null;
    }
    Set<String> ids = headingIds(target);
    if (ids == null || ids.contains(fragment)) {
      return null;
    }
    List<String> known = ids.stream().limit(5).toList();
    return new Broken(
        where == null ? Message.of("check.link.no-heading.here", address, fragment) : Message.of("check.link.no-heading", address, fragment, where),
        known.isEmpty()
            ? Message.of("check.link.no-heading.fix-none", fragment)
            : Message.of("check.link.no-heading.fix", known.stream().map(id -> "#" + id).toList()));
  }

  /**
   * The address that works, when there is one. Publishers often write a relative address from the
   * Markdown file's folder ({@code ../2023/x/}, {@code b.md}), but the page is served one folder
   * deeper ({@code gkml/2024/a/}), where the browser resolves it.
   */
  private Message fixFor(Report from, String path) {
    if (!path.startsWith("/")) {
      String file = from.source().relativePath();
      String fromFile = resolve("/" + file.substring(0, file.lastIndexOf('/') + 1), decode(path));
      ReportPage markdown = fromFile == null ? null : byReportFile.get(fromFile.substring(1));
      if (markdown != null) {
        return Message.of("check.link.markdown-file.fix", markdown.url());
      }
      String target = fromFile == null ? null : target(fromFile.substring(1));
      if (target != null) {
        return Message.of("check.link.relative.fix", site.urls().sharedHref(target));
      }
    }
    return Message.of("check.link.nothing.fix", site.reports().isEmpty() ? site.urls().sharedHref("") : site.reports().get(0).url());
  }

  private static boolean namesFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && !PAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** {@code path} resolved against the absolute path {@code base} (RFC 3986 §5.2), decoded; null when malformed. */
  private static String resolve(String base, String path) {
    try {
      URI baseUri = new URI("http", "h", base, null);
      return baseUri.resolve(new URI(null, null, path, null)).getPath();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The address decoded; as written when it is not well formed, so it is reported as it stands. */
  private static String decode(String s) {
    String decoded = PercentDecoding.decode(s);
    return decoded == null ? s : decoded;
  }
}
