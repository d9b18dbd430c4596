package gongkai.output;

import gongkai.content.ReportFolder;
import gongkai.site.AttachmentLink;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files reports carry beside their pages, byte for byte: their 附件 and the images and
 * documents their bodies link to. A file both listed and linked is written once. Both editions link
 * to the same copies, so one edition's site lists them all.
 */
public final class ReportFileCollector {
  private ReportFileCollector() {}

  /**
   * Where each of those files is published and where it is read from, without reading any: the
   * preview reads a file only when it is asked for.
   */
  public static java.util.Map<String, Path> sources(Site site) {
    java.util.Map<String, Path> sources = new java.util.LinkedHashMap<>();
    for (ReportPage report : site.reports()) {
      for (AttachmentLink attachment : report.attachments()) {
        sources.putIfAbsent(attachment.path(), attachment.file().source());
      }
      for (ReportFolder.Found file : report.body().files()) {
        sources.putIfAbsent(report.path() + file.path(), file.source());
      }
    }
    return sources;
  }

  /**
   * A file's bytes, read now, if it still lies inside {@code contentDir}: between the check and the
   * read (in the preview, any time after the build) the file or a folder above it may have been
   * swapped for a link to a file outside the site, which must never be published or served.
   *
   * @throws UncheckedIOException when the file is gone or no longer inside {@code contentDir}; a file
   *     lost since the content stage found it is not a content mistake
   */
  public static byte[] read(Path source, Path contentDir) {
    try {
      if (Files.isSymbolicLink(source) || !source.toRealPath().startsWith(contentDir.toRealPath())) {
        throw new java.nio.file.AccessDeniedException(source.toString(), null, "no longer inside " + contentDir);
      }
      return Files.readAllBytes(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
