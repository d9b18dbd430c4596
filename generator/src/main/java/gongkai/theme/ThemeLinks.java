package gongkai.theme;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A site theme's files must lie inside {@code themes/}: a template, string file or asset that is a
 * link (or lies below a linked folder) leading elsewhere would publish whatever it points to, such
 * as the build machine's {@code /etc/passwd} as {@code assets/img/logo.png}. Checked when the theme
 * is loaded and again when its assets are read, since a file may be swapped for a link between the
 * two (the preview reads them again after every change below {@code themes/}).
 */
final class ThemeLinks {
  private ThemeLinks() {}

  /** Throws with a problem for every file of {@code theme}'s own folder (not its ancestors') that leads outside {@code themes/}. */
  static void check(Theme theme, Path siteRoot) {
    if (theme.builtIn() || !Files.isDirectory(theme.dir())) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(theme.dir(), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      Path themes = theme.dir().getParent().toRealPath();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        if (!file.toRealPath().startsWith(themes)) {
          problems.add(outside(siteRoot, file));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // A loop of folder links, or a link to nothing: the theme cannot be read as it is.
      problems.add(Problem.at(Theme.display(siteRoot, theme.dir()), 0,
          Message.of("theme.file.unreadable", String.valueOf(e.getMessage())), Message.of("theme.file.link-outside.fix")));
    }
    if (!problems.isEmpty()) {
      throw new BuildFailedException(problems);
    }
  }

  /** Throws when {@code file}, a file of a site theme, leads outside {@code themes/} now. */
  static void checkFile(Theme theme, Path siteRoot, Path file) throws IOException {
    if (!theme.builtIn() && !file.toRealPath().startsWith(theme.dir().getParent().toRealPath())) {
      throw new BuildFailedException(outside(siteRoot, file));
    }
  }

  private static Problem outside(Path siteRoot, Path file) {
    return Problem.at(Theme.display(siteRoot, file), 0, Message.of("theme.file.link-outside"), Message.of("theme.file.link-outside.fix"));
  }
}
