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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the files reports carry beside their pages, byte for byte: their 附件 and the images and
 * documents their bodies link to. A file both listed and linked is written once. Both editions link
 * to the same copies, so one edition's site lists them all.
 */
public final class ReportFileCollector {
  private ReportFileCollector() {}

  public static List<OutputFile> collect(Site site) {
    List<OutputFile> files = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (ReportPage report : site.reports()) {
      for (AttachmentLink attachment : report.attachments()) {
        if (paths.add(attachment.path())) {
          files.add(new OutputFile(attachment.path(), read(attachment.file().source())));
        }
      }
      for (ReportFolder.Found file : report.body().files()) {
        String path = report.path() + file.path();
        if (paths.add(path)) {
          files.add(new OutputFile(path, read(file.source())));
        }
      }
    }
    return List.copyOf(files);
  }

  private static byte[] read(Path source) {
    try {
      return Files.readAllBytes(source);
    } catch (IOException e) {
      // The content stage found the file readable; losing it during the build is not a content mistake.
      throw new UncheckedIOException(e);
    }
  }
}
