package gongkai.content;

import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds each attachment a report lists in the report's folder and checks it can be published: a
 * readable regular file, inside {@code content/}, with a place of its own beside the report's page.
 * Every mistake is a problem at the attachment's line.
 */
final class AttachmentChecker {
  private static final String KEY = "attachments";
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

  private final Path contentDir;
  private Path realContentDir;

  /** @param contentDir the site's {@code content/} folder */
  AttachmentChecker(Path contentDir) {
    this.contentDir = contentDir;
  }

  /**
   * @param listed the report's attachments, in front-matter order (item {@code i} is on the line
   *     {@code yaml.itemLine("attachments", i)})
   * @return the files found, in the same order; those with problems left out
   */
  List<AttachmentFile> check(SourceFile report, List<Attachment> listed, YamlMapping yaml, Problems problems) {
    Path reportDir = report.path().getParent();
    // Folders as publishers write them: content/gkml/2024/
    String folder = slash(report.displayPath().getParent()) + "/";
    List<AttachmentFile> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      Attachment attachment = listed.get(i);
      String file = attachment.file();
      int line = Math.max(yaml.itemLine(KEY, i), 1);
      String problem = null;
      String fix = "";
      String name = file.substring(file.lastIndexOf('/') + 1);
      String path = normalise(file);
      Path source = path == null ? null : resolve(reportDir, path);
      if (file.contains("\\")) {
        problem = "uses '\\' between folders";
        fix = "write '" + file.replace('\\', '/') + "'";
      } else if (file.startsWith("/") || DRIVE.matcher(file).matches()) {
        problem = "is an absolute path";
        fix = "copy the file into " + folder + " and write '" + name + "'";
      } else if (path != null && source == null) {
        problem = "is not a file name this system accepts";
        fix = "rename the file using letters, digits, '-' and '.'";
      } else if (path == null) {
        // Attachments are served beside the report's page, in the folders they have below the
        // report's folder; a file above it has no place there, even inside content/.
        problem = "is outside the report's folder";
        fix = "copy the file into " + folder + " and write '" + name + "'";
      } else if (!Files.exists(source)) {
        problem = "not found next to the report";
        fix = "put the file in " + slash(report.displayPath().getParent().resolve(path).getParent()) + "/ or fix the name";
      } else if (!realPath(source).startsWith(realContentDir())) {
        // A link could publish any file the build can read (a key, a password file).
        problem = "is a link to a file outside content/";
        fix = "copy the file itself into " + folder;
      } else if (Files.isDirectory(source)) {
        problem = "is a folder, not a file";
        fix = "list each file in it, e.g. '" + (path.isEmpty() ? "" : path + "/") + "附件1.pdf'";
      } else if (!Files.isRegularFile(source)) {
        problem = "is not a regular file";
        fix = "replace it with the file itself";
      } else if (!Files.isReadable(source)) {
        problem = "cannot be read";
        fix = "check its permissions";
      } else if (path.equalsIgnoreCase("index.html")) {
        problem = "would replace the report's page, which is index.html in the same folder";
        fix = "rename the file";
      } else if (!seen.add(path)) {
        problem = "is listed twice";
        fix = "list each file once";
      }
      if (problem != null) {
        problems.add(Problem.at(report.displayPath(), line, "attachment '" + file + "' " + problem, fix));
        continue;
      }
      found.add(new AttachmentFile(attachment, path, source, size(source), AttachmentType.of(path)));
    }
    return List.copyOf(found);
  }

  /** Read when first needed: a site without attachments never touches the file system here. */
  private Path realContentDir() {
    if (realContentDir == null) {
      realContentDir = realPath(contentDir);
    }
    return realContentDir;
  }

  /** {@code file} without empty and {@code .} segments; null when it has a {@code ..} segment. */
  private static String normalise(String file) {
    List<String> parts = new ArrayList<>();
    for (String part : file.split("/")) {
      if (part.equals("..")) {
        return null;
      }
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  private static Path resolve(Path dir, String path) {
    try {
      return dir.resolve(path);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String slash(Path path) {
    return path.toString().replace('\\', '/');
  }
}
