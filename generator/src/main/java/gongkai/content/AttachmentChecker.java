package gongkai.content;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds each attachment a report lists in the report's folder ({@link ReportFolder}) and checks it
 * is listed once. Every mistake is a problem at the attachment's line.
 */
final class AttachmentChecker {
  private static final String KEY = "attachments";

  private final ReportFolder folder;

  AttachmentChecker(ReportFolder folder) {
    this.folder = folder;
  }

  /**
   * @param listed the report's attachments, in front-matter order (item {@code i} is on the line
   *     {@code yaml.itemLine("attachments", i)})
   * @return the files found, in the same order; those with problems left out
   */
  List<AttachmentFile> check(SourceFile report, List<Attachment> listed, YamlMapping yaml, Problems problems) {
    List<AttachmentFile> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      Attachment attachment = listed.get(i);
      String file = attachment.file();
      int line = Math.max(yaml.itemLine(KEY, i), 1);
      ReportFolder.Lookup lookup = folder.find(report, file);
      if (lookup instanceof ReportFolder.Found f && !seen.add(f.path())) {
        lookup = new ReportFolder.Refused(Message.of("content.attachment.twice"), Message.of("content.attachment.twice.fix"));
      }
      if (lookup instanceof ReportFolder.Refused refused) {
        problems.add(Problem.at(report.displayPath(), line, Message.of("content.attachment.refused", file, refused.problem()), refused.fix()));
      } else if (lookup instanceof ReportFolder.Found f) {
        found.add(new AttachmentFile(attachment, f.path(), f.source(), f.size(), AttachmentType.of(f.path())));
      }
    }
    return List.copyOf(found);
  }
}
