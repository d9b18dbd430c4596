package gongkai.problem;

/**
 * A problem as a GitHub Actions workflow command ({@code ::error file=…,line=…,col=…::…}), which
 * the runner shows as an annotation on the changed file; a problem with the whole file has no line. Escaping follows the runner's rules
 * (actions/toolkit, command.ts): in the message {@code %}, CR and LF are percent-encoded; in a
 * property value also {@code :} and {@code ,}, which end a property.
 */
public final class GithubAnnotation {
  private GithubAnnotation() {}

  /** The annotation in English. */
  public static String of(Problem problem) {
    return of(problem, MessageCatalogue.of(Language.EN));
  }

  /** The annotation with its text in {@code words}' language; the command keeps its syntax. */
  public static String of(Problem problem, MessageCatalogue words) {
    return "::" + problem.severity().label()
        + " file=" + escapeProperty(problem.path())
        + (problem.line() == 0 ? "" : ",line=" + problem.line() + ",col=" + problem.column())
        + "::" + escapeData(problem.text(words));
  }

  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
