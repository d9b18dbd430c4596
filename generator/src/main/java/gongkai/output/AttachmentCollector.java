package gongkai.output;

import gongkai.site.AttachmentLink;
import gongkai.site.ReportPage;
import gongkai.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every report's attachments for the output, byte for byte. Both editions link to the same
 * copies, so one edition's site lists them all.
 */
public final class AttachmentCollector {
  private AttachmentCollector() {}

  public static List<OutputFile> collect(Site site) {
    List<OutputFile> files = new ArrayList<>();
    for (ReportPage report : site.reports()) {
      for (AttachmentLink attachment : report.attachments()) {
        files.add(new OutputFile(attachment.path(), read(attachment)));
      }
    }
    return List.copyOf(files);
  }

  private static byte[] read(AttachmentLink attachment) {
    try {
      return Files.readAllBytes(attachment.file().source());
    } catch (IOException e) {
      // The content stage found the file readable; losing it during the build is not a content mistake.
      throw new UncheckedIOException(e);
    }
  }
}
