package gongkai.problem;

/**
 * How bad a problem is. An error stops the build; a warning is printed and the build goes on, for
 * mistakes a reader may never notice but an editor should fix (a 文号 in ASCII brackets, an image
 * without alt text).
 */
public enum Severity {
  ERROR,
  WARNING;

  /**
   * As annotations name it: {@code error} or {@code warning}, the words compilers and CI problem
   * matchers use.
   */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }

  /** As printed for an editor: {@code 错误} / {@code 警告}, {@code error} / {@code warning}. */
  public String label(MessageCatalogue words) {
    return words.format(this == ERROR ? Message.of("severity.error") : Message.of("severity.warning"));
  }
}
