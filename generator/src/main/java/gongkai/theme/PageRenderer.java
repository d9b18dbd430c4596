package gongkai.theme;

import gongkai.qr.QrErrorCorrection;
import gongkai.site.CatalogueGroup;
import gongkai.site.ListPage;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.site.ReportPage;
import gongkai.site.Section;
import gongkai.site.Site;
import gongkai.site.UrlScheme;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders every page of the site with one theme. One Pebble engine per theme, built once: templates
 * are looked up in the theme, then in the themes it extends.
 */
public final class PageRenderer {
  static final int LATEST_ON_HOME = 10;
  static final String NOT_FOUND = "404.html";
  /** The accessibility statement, linked from every page's footer. */
  static final String ACCESSIBILITY = "accessibility/";
  /** The search page of each edition; the header form of every page submits to it. */
  static final String SEARCH = "search/";
  /** The folder of search index files both editions fetch (written by gongkai.search.SearchIndexWriter). */
  static final String SEARCH_INDEX = "search-index/";
  /** The pages every edition has whatever its content: home, 404, accessibility statement, search. */
  public static final java.util.List<String> SITE_PAGES = java.util.List.of("index.html", NOT_FOUND, ACCESSIBILITY, SEARCH);

  private final PebbleEngine engine;
  private final Map<String, Object> messages;
  private final Path siteRoot;
  private final Theme theme;
  private final InlineScript headScript;

  /**
   * @param qrLevel error correction of the pages' QR codes, from site.yaml
   */
  public PageRenderer(Theme theme, Map<String, Object> messages, Path siteRoot, QrErrorCorrection qrLevel) {
    this.theme = theme;
    this.messages = messages;
    this.siteRoot = siteRoot;
    List<Loader<?>> loaders = new ArrayList<>();
    for (Theme t : theme.lookupOrder()) {
      loaders.add(loader(t));
    }
    this.engine =
        new PebbleEngine.Builder()
            .loader(new DelegatingLoader(loaders))
            .extension(new GongkaiExtension(qrLevel, ThemeAssets.of(theme)))
            .strictVariables(true)
            .autoEscaping(true)
            .newLineTrimming(true)
            .defaultLocale(Locale.ROOT)
            .build();
    this.headScript = InlineScript.of(render(InlineScript.TEMPLATE, new HashMap<>()));
  }

  /**
   * A site theme's templates are read from disk, so {@code serve} sees an edit; a built-in theme's
   * from the class path (the jar, or target/classes in development).
   */
  private static Loader<?> loader(Theme t) {
    if (t.builtIn()) {
      ClasspathLoader loader = new ClasspathLoader(PageRenderer.class.getClassLoader());
      loader.setPrefix(BuiltInThemes.RESOURCE + "/" + t.name() + "/templates");
      loader.setCharset("UTF-8");
      return loader;
    }
    // Templates are read when first used, which in the preview may be long after the check: a
    // template swapped for a link leading out of themes/ since then must not be read (ThemeLinks).
    FileLoader loader = new FileLoader() {
      @Override
      public java.io.Reader getReader(String templateName) {
        Path file = t.templates().resolve(templateName).normalize();
        if (java.nio.file.Files.exists(file)) {
          try {
            ThemeLinks.checkFile(t, t.dir().getParent().getParent(), file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return super.getReader(templateName);
      }
    };
    loader.setPrefix(t.templates().toString());
    loader.setCharset("UTF-8");
    return loader;
  }

  /** Every page of the site's edition: home, section lists, reports, the 信息公开目录, the search page, the accessibility statement and the 404 page. */
  public List<RenderedPage> renderAll(Site site) {
    return pages(site).stream().map(page -> new RenderedPage(page.path(), page.render())).toList();
  }

  /**
   * Every page of the site's edition, in a stable order, each rendered only when asked: a build renders
   * them in parallel and writes each as soon as it is done, so the site's HTML is never all in memory,
   * and skips the ones its cache knows are unchanged. The engine is thread-safe (Pebble templates are
   * immutable once compiled) and every page gets its own context.
   */
  public List<PageJob> pages(Site site) {
    UrlScheme urls = site.urls();
    List<PageJob> pages = new ArrayList<>();
    pages.add(new PageJob(urls.outputFile(""), null, true, () -> home(site)));
    for (Section section : site.sections()) {
      for (ListPage list : site.pagesOf(section)) {
        pages.add(new PageJob(urls.outputFile(list.path()), null, true, () -> section(site, section, list)));
      }
      for (ReportPage report : section.reports()) {
        pages.add(new PageJob(urls.outputFile(report.path()), report, true, () -> report(site, report)));
      }
    }
    pages.add(new PageJob(urls.outputFile(ACCESSIBILITY), null, true, () -> accessibility(site)));
    pages.add(new PageJob(urls.outputFile(SEARCH), null, true, () -> search(site)));
    pages.add(new PageJob(urls.outputFile(site.catalogue().path()), null, true, () -> catalogue(site)));
    List<CatalogueGroup> groups = new ArrayList<>(site.catalogue().categories());
    groups.addAll(site.catalogue().years());
    for (CatalogueGroup group : groups) {
      for (ListPage list : group.pages()) {
        pages.add(new PageJob(urls.outputFile(list.path()), null, true, () -> catalogueList(site, group, list)));
      }
    }
    pages.add(new PageJob(urls.outputFile(NOT_FOUND), null, false, () -> notFound(site)));
    return List.copyOf(pages);
  }

  byte[] home(Site site) {
    Map<String, Object> context = context(site, "");
    context.put("latest", site.reports().subList(0, Math.min(LATEST_ON_HOME, site.reports().size())));
    return renderUtf8("home.peb", context);
  }

  /** The first page of a section's list. */
  byte[] section(Site site, Section section) {
    return section(site, section, site.pagesOf(section).get(0));
  }

  byte[] section(Site site, Section section, ListPage list) {
    Map<String, Object> context = context(site, list.path());
    context.put("section", section);
    context.put("list", list);
    return renderUtf8("section.peb", context);
  }

  /** The 信息公开目录's index: categories and years with their counts. */
  byte[] catalogue(Site site) {
    Map<String, Object> context = context(site, site.catalogue().path());
    context.put("catalogue", site.catalogue());
    return renderUtf8("catalogue.peb", context);
  }

  /** One page of a category's or a year's list. */
  byte[] catalogueList(Site site, CatalogueGroup group, ListPage list) {
    Map<String, Object> context = context(site, list.path());
    context.put("catalogue", site.catalogue());
    context.put("group", group);
    context.put("byYear", site.catalogue().years().contains(group));
    context.put("list", list);
    return renderUtf8("catalogue-list.peb", context);
  }

  byte[] report(Site site, ReportPage report) {
    Map<String, Object> context = context(site, report.path());
    context.put("page", report);
    context.put("readAloud", true);
    return renderUtf8("report.peb", context);
  }

  byte[] accessibility(Site site) {
    return renderUtf8("accessibility.peb", context(site, ACCESSIBILITY));
  }

  byte[] search(Site site) {
    Map<String, Object> context = context(site, SEARCH);
    context.put("searchIndexUrl", site.urls().sharedHref(SEARCH_INDEX));
    return renderUtf8("search.peb", context);
  }

  byte[] notFound(Site site) {
    Map<String, Object> context = context(site, NOT_FOUND);
    // The 404 page is served at whatever address was mistyped; a code for it would open nothing.
    context.put("pageUrl", null);
    return renderUtf8("404.peb", context);
  }

  /**
   * What every template sees.
   *
   * @param path the page's site path, for the link to the same page in the other edition
   */
  private Map<String, Object> context(Site site, String path) {
    Map<String, Object> context = new HashMap<>();
    context.put("site", site);
    context.put("t", messages);
    context.put("assets", site.urls().sharedHref("assets/"));
    context.put("counterpartUrl", site.urls().counterpartHref(path));
    context.put("canonicalUrl", site.urls().canonical(path));
    context.put("pageUrl", site.urls().absolute(path));
    context.put("headScript", headScript);
    context.put("readAloud", false);
    context.put("accessibilityUrl", site.urls().href(ACCESSIBILITY));
    context.put("searchUrl", site.urls().href(SEARCH));
    // Breadcrumb steps after the section (breadcrumb.peb); the 信息公开目录's pages pass theirs.
    context.put("crumbs", List.of());
    return context;
  }

  private String render(String template, Map<String, Object> context) {
    return new String(renderUtf8(template, context), StandardCharsets.UTF_8);
  }

  /**
   * The page as the UTF-8 bytes it is written as. Pebble writes it in pieces, most of them markup
   * and QR paths in ASCII, which encode by copying; encoding the finished page would take every
   * character of it through the slower path for text with Chinese in it.
   */
  private byte[] renderUtf8(String template, Map<String, Object> context) {
    Utf8Writer out = new Utf8Writer();
    try {
      engine.getTemplate(template).evaluate(out, context);
    } catch (PebbleException e) {
      throw new BuildFailedException(problem(e));
    } catch (StackOverflowError e) {
      // Templates that include each other without end in a way TemplateCycles cannot see (a name
      // made at render time): a problem at the page's template rather than a thousand lines of stack.
      throw new BuildFailedException(Problem.at(Theme.display(siteRoot, theme.templates().resolve(template)), 0,
          Message.of("theme.template-recursion"), Message.of("theme.template-cycle.fix")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.bytes();
  }

  /** A writer of UTF-8 bytes into a buffer sized for a report page (about 40 KB). */
  private static final class Utf8Writer extends java.io.Writer {
    private byte[] buffer = new byte[48 * 1024];
    private int size;

    @Override
    public void write(String string, int offset, int length) {
      String piece = offset == 0 && length == string.length() ? string : string.substring(offset, offset + length);
      append(piece.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      append(new String(chars, offset, length).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(int c) {
      append(String.valueOf((char) c).getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] bytes) {
      if (size + bytes.length > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes.length));
      }
      System.arraycopy(bytes, 0, buffer, size, bytes.length);
      size += bytes.length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    byte[] bytes() {
      return java.util.Arrays.copyOf(buffer, size);
    }
  }

  /** Pebble already knows the template and line; point the theme maintainer at them. */
  private Problem problem(PebbleException e) {
    String name = e.getFileName() == null ? "" : e.getFileName();
    Path file = Theme.display(siteRoot, theme.templates().resolve(name.isEmpty() ? "." : name));
    for (Theme t : theme.lookupOrder()) {
      if (!name.isEmpty() && java.nio.file.Files.isRegularFile(t.templates().resolve(name))) {
        file = Theme.display(siteRoot, t.templates().resolve(name));
        break;
      }
    }
    Integer line = e.getLineNumber();
    return Problem.at(file, line == null ? 0 : Math.max(line, 0), Message.of("theme.template-error", e.getPebbleMessage()),
        Message.of("theme.template-error.fix"));
  }
}
