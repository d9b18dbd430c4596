package gongkai.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A text file of the site, decoded and with line endings normalised to {@code \n}.
 *
 * @param path where it is on disk
 * @param displayPath how problems name it: relative to the site root, e.g. {@code content/gkml/a.md}
 * @param relativePath path below {@code content/} with {@code /} separators, e.g. {@code gkml/a.md}
 * @param text the decoded text, without a byte-order mark
 */
public record SourceFile(Path path, Path displayPath, String relativePath, String text) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(text, "text");
    if (relativePath.contains("\\") || relativePath.startsWith("/")) {
      throw new IllegalArgumentException("relativePath must use '/' and be relative: " + relativePath);
    }
  }

  /** This file without its text, for a report whose text is no longer needed ({@link Report#withoutText}). */
  public SourceFile withoutText() {
    return new SourceFile(path, displayPath, relativePath, "");
  }

  /** The file name without its extension. */
  public String baseName() {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The folders between {@code content/} and the file, e.g. {@code [gkml, 2024]}. */
  public java.util.List<String> folders() {
    String[] parts = relativePath.split("/");
    return java.util.List.of(parts).subList(0, parts.length - 1);
  }
}
