package gongkai.theme;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Templates that include themselves, directly or through others ({@code footer.peb} including
 * {@code footer.peb}, which in a theme that overrides it is the override itself): Pebble would
 * recurse until the stack overflows. Found before rendering, from the names templates write in
 * {@code include}, {@code extends}, {@code embed}, {@code import} and {@code from}, resolved as the
 * engine resolves them (the theme first, then its ancestors), so the maintainer gets the line.
 */
final class TemplateCycles {
  private static final Pattern REFERENCE =
      Pattern.compile("\\{%-?\\s*(?:include|extends|embed|import|from)\\s+[\"']([^\"']+)[\"']");

  private TemplateCycles() {}

  private record Reference(String name, Path file, int line) {}

  /**
   * A problem for every cycle, at the reference that closes it, in a template of a theme
   * {@code reported} accepts (so a cycle in a shared ancestor is told once).
   */
  static List<Problem> find(Theme theme, Path siteRoot, Predicate<Theme> reported) {
    Map<String, Path> files = new TreeMap<>();
    Map<Path, Theme> owners = new LinkedHashMap<>();
    for (Theme t : theme.lookupOrder()) {
      if (!Files.isDirectory(t.templates())) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(t.templates())) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String name = t.templates().relativize(file).toString().replace('\\', '/');
          if (files.putIfAbsent(name, file) == null) {
            owners.put(file, t);
          }
        }
      } catch (IOException e) {
        return List.of(); // reported where the templates are read
      }
    }
    Map<String, List<Reference>> references = new TreeMap<>();
    files.forEach((name, file) -> references.put(name, references(file, files)));
    List<Problem> problems = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String start : references.keySet()) {
      walk(start, new ArrayList<>(), references, done, owners, siteRoot, reported, problems);
    }
    return problems;
  }

  private static void walk(String name, List<String> path, Map<String, List<Reference>> references, Set<String> done,
      Map<Path, Theme> owners, Path siteRoot, Predicate<Theme> reported, List<Problem> problems) {
    if (done.contains(name)) {
      return;
    }
    path.add(name);
    for (Reference reference : references.getOrDefault(name, List.of())) {
      int at = path.indexOf(reference.name());
      if (at >= 0) {
        if (reported.test(owners.get(reference.file()))) {
          List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
          cycle.add(reference.name());
          problems.add(Problem.at(Theme.display(siteRoot, reference.file()), reference.line(),
              Message.of("theme.template-cycle", String.join(" → ", cycle)), Message.of("theme.template-cycle.fix")));
        }
      } else {
        walk(reference.name(), path, references, done, owners, siteRoot, reported, problems);
      }
    }
    path.remove(path.size() - 1);
    done.add(name);
  }

  private static List<Reference> references(Path file, Map<String, Path> files) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
    List<Reference> found = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      if (files.containsKey(m.group(1))) {
        int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        found.add(new Reference(m.group(1), file, line));
      }
    }
    return found;
  }
}
