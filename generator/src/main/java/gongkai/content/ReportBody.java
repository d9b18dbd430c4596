package gongkai.content;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;

/** A report's Markdown body read again from its file, for a rendered body that was let go to save memory. */
public final class ReportBody {
  private ReportBody() {}

  /**
   * @param report the report, with or without its text
   * @return the body after the front matter, as {@link ContentParser} read it
   * @throws BuildFailedException when the file can no longer be read or decoded
   */
  public static String read(Report report) {
    SourceFile source = report.source();
    try {
      String text = TextDecoder.decode(Files.readAllBytes(source.path()), source.displayPath());
      return FrontMatterSplitter.split(new SourceFile(source.path(), source.displayPath(), source.relativePath(), text)).body();
    } catch (IOException e) {
      throw new BuildFailedException(
          Problem.at(source.displayPath(), 0, "cannot read file again: " + e.getMessage(), "check its permissions and build again"));
    }
  }
}
