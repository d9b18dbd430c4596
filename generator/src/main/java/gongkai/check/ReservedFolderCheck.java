package gongkai.check;

import gongkai.content.ParsedContent;
import gongkai.content.SourceFile;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folders whose address the site's own outputs take: a section folder named {@code care} would put
 * its list where the 关怀版 home page is, one named {@code assets} beside the style sheets; a folder
 * named {@code page} directly in a section would put reports where the section's later list pages
 * are. Each file in such a folder is reported, so a publisher sees every report that would be lost.
 * Names are compared ignoring case, since Windows and macOS file systems do, and the site may be
 * built or served there.
 */
public final class ReservedFolderCheck {
  private ReservedFolderCheck() {}

  /**
   * The names the outputs take (from {@code gongkai.SiteOutputs}, the one list of outputs, which this
   * stage may not see).
   *
   * @param site names directly under the output folder
   * @param inSection names directly under a section's folder
   */
  public record Reserved(Set<String> site, Set<String> inSection) {
    public Reserved {
      site = lower(site);
      inSection = lower(inSection);
    }

    private static Set<String> lower(Set<String> names) {
      return Set.copyOf(names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
    }
  }

  public static List<Problem> check(ParsedContent content, Reserved reserved) {
    List<Problem> problems = new ArrayList<>();
    content.sectionPages().forEach(page -> check(page.source(), reserved, problems));
    content.reports().forEach(report -> check(report.source(), reserved, problems));
    return problems;
  }

  private static void check(SourceFile file, Reserved reserved, List<Problem> problems) {
    List<String> folders = file.folders();
    String names = String.join(", ", new java.util.TreeSet<>(reserved.site()));
    if (!folders.isEmpty() && reserved.site().contains(folders.get(0).toLowerCase(Locale.ROOT))) {
      String folder = folders.get(0);
      problems.add(Problem.at(file.displayPath(), 0,
          Message.of("check.reserved-folder", "content/" + folder + "/", "/" + folder + "/"),
          Message.of("check.reserved-folder.fix", names)));
    } else if (folders.size() > 1 && reserved.inSection().contains(folders.get(1).toLowerCase(Locale.ROOT))) {
      String folder = folders.get(0) + "/" + folders.get(1);
      problems.add(Problem.at(file.displayPath(), 0,
          Message.of("check.reserved-subfolder", "content/" + folder + "/", "/" + folder + "/"),
          Message.of("check.reserved-subfolder.fix", String.join(", ", new java.util.TreeSet<>(reserved.inSection())))));
    }
  }
}
