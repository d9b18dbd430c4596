package gongkai.check;

import gongkai.content.Lifecycle;
import gongkai.content.ParsedContent;
import gongkai.content.RelationPaths;
import gongkai.content.Report;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the relations between reports like links: every {@code replaced_by}, {@code replaces} and
 * {@code interprets} must name another report by its path below {@code content/}, a report has at
 * most one successor, and no report is replaced, directly or through others, by itself.
 */
public final class RelationCheck {
  private RelationCheck() {}

  /** A relation as written: {@code old} is replaced by {@code replacement}, said at {@code key} of {@code by}. */
  private record Edge(String old, String replacement, Report by, String key, String written) {}

  public static List<Problem> check(ParsedContent content) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Report> byFile = new LinkedHashMap<>();
    content.reports().forEach(r -> byFile.put(r.source().relativePath(), r));
    Map<String, Edge> successor = new LinkedHashMap<>();
    for (Report report : content.reports()) {
      String file = report.source().relativePath();
      Lifecycle life = report.meta().lifecycle();
      if (life.replacedBy() != null && target(report, "replaced_by", life.replacedBy(), byFile, problems)) {
        succeed(new Edge(file, RelationPaths.normalise(life.replacedBy()), report, "replaced_by", life.replacedBy()), successor, problems);
      }
      for (String old : life.replaces()) {
        if (target(report, "replaces", old, byFile, problems)) {
          succeed(new Edge(RelationPaths.normalise(old), file, report, "replaces", old), successor, problems);
        }
      }
      if (life.interprets() != null) {
        target(report, "interprets", life.interprets(), byFile, problems);
      }
    }
    cycles(successor, problems);
    return problems;
  }

  /** Whether {@code written} names another published report; a problem at its line when it does not. */
  private static boolean target(Report report, String key, String written, Map<String, Report> byFile, List<Problem> problems) {
    String path = RelationPaths.normalise(written);
    if (path.equals(report.source().relativePath())) {
      problems.add(at(report, key, written, Message.of("check.relation.itself", key), Message.of("check.relation.itself.fix")));
      return false;
    }
    if (byFile.containsKey(path)) {
      return true;
    }
    // A report left out for problems of its own exists: its problems are reported, not this line.
    if (!exists(report, path)) {
      problems.add(at(report, key, written, Message.of("check.relation.missing", key, written), Message.of("check.relation.missing.fix")));
    }
    return false;
  }

  private static boolean exists(Report report, String path) {
    Path file = report.source().path();
    if (file == null) {
      return false;
    }
    Path root = file;
    for (int i = report.source().relativePath().split("/").length; i > 0 && root != null; i--) {
      root = root.getParent();
    }
    return root != null && path.endsWith(".md") && !path.contains("..") && Files.isRegularFile(root.resolve(path));
  }

  private static void succeed(Edge edge, Map<String, Edge> successor, List<Problem> problems) {
    Edge first = successor.putIfAbsent(edge.old(), edge);
    if (first != null && !first.replacement().equals(edge.replacement())) {
      problems.add(at(edge.by(), edge.key(), edge.written(),
          Message.of("check.relation.two-successors", edge.old(), edge.replacement(), first.replacement(), where(first)),
          Message.of("check.relation.two-successors.fix")));
    }
  }

  /** Each cycle once, at the relation written by its first report in path order. */
  private static void cycles(Map<String, Edge> successor, List<Problem> problems) {
    Set<String> done = new HashSet<>();
    for (String start : successor.keySet().stream().sorted().toList()) {
      List<String> path = new ArrayList<>();
      String at = start;
      while (at != null && !done.contains(at) && !path.contains(at)) {
        path.add(at);
        Edge next = successor.get(at);
        at = next == null ? null : next.replacement();
      }
      if (at != null && path.contains(at)) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        cycle.add(at);
        Edge edge = successor.get(cycle.get(0));
        problems.add(at(edge.by(), edge.key(), edge.written(), Message.of("check.relation.cycle", String.join(" → ", cycle)),
            Message.of("check.relation.cycle.fix")));
      }
      done.addAll(path);
    }
  }

  private static String where(Edge edge) {
    return edge.by().source().displayPath().toString().replace('\\', '/') + ":" + valueLine(edge.by(), edge.key(), edge.written());
  }

  private static Problem at(Report report, String key, String written, Message message, Message fix) {
    return Problem.at(report.source().displayPath(), valueLine(report, key, written), message, fix);
  }

  /** The line of {@code written} under {@code key}: the key's own line, or a list item's below it. */
  private static int valueLine(Report report, String key, String written) {
    CrossReportCheck.KeyLine keyLine = CrossReportCheck.KeyLine.find(report.source(), key);
    if (keyLine.text().contains(written)) {
      return keyLine.line();
    }
    String[] lines = report.source().text().split("\n", -1);
    Pattern item = Pattern.compile("^\\s*-\\s*['\"]?" + Pattern.quote(written) + "['\"]?\\s*$");
    for (int i = keyLine.line(); i < lines.length && !lines[i].stripTrailing().equals("---"); i++) {
      Matcher m = item.matcher(lines[i]);
      if (m.find()) {
        return i + 1;
      }
      if (!lines[i].isEmpty() && !Character.isWhitespace(lines[i].charAt(0)) && !lines[i].startsWith("-")) {
        break;
      }
    }
    return keyLine.line();
  }
}
