package gongkai;

import gongkai.site.Site;
import gongkai.theme.PageJob;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One entry of {@link SiteOutputs}: a file whose path is known before it is made, the pages of an
 * edition, or files below a folder whose paths are known only once they are made. Every entry makes
 * its bytes on request, so the build can make them eagerly and the preview on a browser's request.
 */
public sealed interface SiteOutput {
  /**
   * A file of the site.
   *
   * @param path site path with {@code /} separators, e.g. {@code sitemap.xml}
   * @param bytes makes the file's bytes; may be called more than once
   */
  record File(String path, Supplier<byte[]> bytes) implements SiteOutput {
    public File {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /**
   * The pages of one edition, all below {@code prefix} ({@code ""} for the standard edition, whose
   * pages are known at once; {@code care/} for the care edition, whose model is assembled on first
   * use).
   *
   * @param pages the edition's model and its pages, made once on first use
   */
  record Pages(String prefix, Supplier<EditionPages> pages) implements SiteOutput {
    public Pages {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(pages, "pages");
    }
  }

  /**
   * Files below {@code prefix} made together, whose paths are known only once made (the search index).
   *
   * @param files makes the files, each path starting with {@code prefix}
   */
  record Group(String prefix, Supplier<List<gongkai.output.OutputFile>> files) implements SiteOutput {
    public Group {
      if (prefix.isEmpty() || !prefix.endsWith("/")) {
        throw new IllegalArgumentException("a group is a folder: " + prefix);
      }
      Objects.requireNonNull(files, "files");
    }

    /** Makes the files; each must lie below the prefix, or the preview could not find it where the build writes it. */
    public List<gongkai.output.OutputFile> make() {
      List<gongkai.output.OutputFile> made = files.get();
      for (gongkai.output.OutputFile file : made) {
        if (!file.path().startsWith(prefix)) {
          throw new IllegalStateException("outside " + prefix + ": " + file.path());
        }
      }
      return made;
    }
  }

  /**
   * An edition's model and its pages, in a stable order.
   *
   * @param site the edition's site model
   * @param jobs its pages, not rendered yet
   */
  record EditionPages(Site site, List<PageJob> jobs) {
    public EditionPages {
      Objects.requireNonNull(site, "site");
      jobs = List.copyOf(jobs);
    }
  }
}
