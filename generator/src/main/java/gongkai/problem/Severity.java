package gongkai.problem;

/**
 * How bad a problem is. An error stops the build; a warning is printed and the build goes on, for
 * mistakes a reader may never notice but an editor should fix (a 文号 in ASCII brackets, an image
 * without alt text).
 */
public enum Severity {
  ERROR,
  WARNING;

  /** As printed: {@code error} or {@code warning}, the words compilers and CI problem matchers use. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
