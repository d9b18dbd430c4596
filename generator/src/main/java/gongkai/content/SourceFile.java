package gongkai.content;

import gongkai.cache.Hash128;
import gongkai.cache.MemoryBudget;
import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A text file of the site, decoded and with line endings normalised to {@code \n}: a value,
 * compared by its paths and text.
 *
 * <p>A file {@linkplain #read read from disk} holds its text within the {@link MemoryBudget}, and
 * reads it again when the budget let it go: the text of 100,000 reports would fill a 1 GB heap,
 * while a site that fits reads every file once.
 */
public final class SourceFile {
  private final Path path;
  private final Path displayPath;
  private final String relativePath;
  private final String strongText; // null when read from disk
  private final MemoryBudget.Slot<String> heldText;
  private final String textKey; // Hash128 of the text first read, null for a strongly held text

  /**
   * @param path where it is on disk
   * @param displayPath how problems name it: relative to the site root, e.g. {@code content/gkml/a.md}
   * @param relativePath path below {@code content/} with {@code /} separators, e.g. {@code gkml/a.md}
   * @param text the decoded text, without a byte-order mark
   */
  public SourceFile(Path path, Path displayPath, String relativePath, String text) {
    this(path, displayPath, relativePath, Objects.requireNonNull(text, "text"), false);
  }

  private SourceFile(Path path, Path displayPath, String relativePath, String text, boolean budgeted) {
    this.path = Objects.requireNonNull(path, "path");
    this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
    this.relativePath = Objects.requireNonNull(relativePath, "relativePath");
    if (relativePath.contains("\\") || relativePath.startsWith("/")) {
      throw new IllegalArgumentException("relativePath must use '/' and be relative: " + relativePath);
    }
    this.strongText = budgeted ? null : text;
    this.heldText = budgeted ? MemoryBudget.SHARED.slot() : null;
    this.textKey = budgeted ? Hash128.of(text) : null;
    if (budgeted) {
      heldText.set(text, MemoryBudget.sizeOf(text));
    }
  }

  /**
   * Reads and decodes a file whose text is then held only while memory allows.
   *
   * @throws BuildFailedException when the file is not UTF-8 (TextDecoder)
   * @throws IOException when it cannot be read
   */
  static SourceFile read(Path path, Path displayPath, String relativePath) throws IOException {
    return new SourceFile(path, displayPath, relativePath, decode(path, displayPath), true);
  }

  public Path path() {
    return path;
  }

  public Path displayPath() {
    return displayPath;
  }

  public String relativePath() {
    return relativePath;
  }

  /**
   * The decoded text, without a byte-order mark; read again from disk if it was let go.
   *
   * @throws BuildFailedException when the file changed since it was first read, or cannot be read
   */
  public String text() {
    if (strongText != null) {
      return strongText;
    }
    String text = heldText.get();
    if (text == null) {
      text = readAgain();
      heldText.set(text, MemoryBudget.sizeOf(text));
    }
    return text;
  }

  private String readAgain() {
    String text;
    try {
      text = decode(path, displayPath);
    } catch (IOException | BuildFailedException e) {
      throw changed();
    }
    if (!Hash128.of(text).equals(textKey)) {
      throw changed();
    }
    return text;
  }

  private static String decode(Path path, Path displayPath) throws IOException {
    return TextDecoder.decode(Files.readAllBytes(path), displayPath);
  }

  private BuildFailedException changed() {
    return new BuildFailedException(
        Problem.at(displayPath, 0, Message.of("content.file.changed"), Message.of("content.file.changed.fix")));
  }

  /** Lets the text go as the collector would, so tests can see it read again. */
  void forget() {
    if (heldText != null) {
      heldText.drop();
    }
  }

  /** The file name without its extension. */
  public String baseName() {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The folders between {@code content/} and the file, e.g. {@code [gkml, 2024]}. */
  public List<String> folders() {
    String[] parts = relativePath.split("/");
    return List.of(parts).subList(0, parts.length - 1);
  }

  @Override
  public boolean equals(Object other) {
    // The same object first: comparing by value would read (and maybe make again) the text.
    return other == this || other instanceof SourceFile that
        && path.equals(that.path)
        && displayPath.equals(that.displayPath)
        && relativePath.equals(that.relativePath)
        && text().equals(that.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, displayPath, relativePath);
  }

  /** Names the file; its text may be long, and may have to be read again. */
  @Override
  public String toString() {
    return "SourceFile[" + relativePath + "]";
  }
}
