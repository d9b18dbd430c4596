package gongkai.site;

import gongkai.content.Lifecycle;
import gongkai.content.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives both sides of every relation between published reports: {@code replaced_by} on the old
 * report or {@code replaces} on the new one gives each its 替代文件 / 被替代文件 link, and {@code
 * interprets} on a 政策解读 gives its policy a 相关解读 link. A relation to a report that is not
 * published (a draft, or one RelationCheck reports missing) is left out.
 */
final class RelationLinks {
  private RelationLinks() {}

  /**
   * @param reports the published reports, by file path below {@code content/}
   * @param links the link to each of them, by the same path
   * @return each report's relations, by file path; reports without any are absent
   */
  static Map<String, Relations> derive(Map<String, Report> reports, Map<String, PageLink> links) {
    Map<String, String> successor = new HashMap<>();
    Map<String, List<String>> predecessors = new LinkedHashMap<>();
    Map<String, List<String>> interpretations = new LinkedHashMap<>();
    reports.keySet().stream().sorted().forEach(file -> {
      Lifecycle life = reports.get(file).meta().lifecycle();
      if (life.replacedBy() != null) {
        replace(file, gongkai.content.RelationPaths.normalise(life.replacedBy()), successor, predecessors);
      }
      life.replaces().forEach(old -> replace(gongkai.content.RelationPaths.normalise(old), file, successor, predecessors));
      if (life.interprets() != null) {
        interpretations.computeIfAbsent(gongkai.content.RelationPaths.normalise(life.interprets()), k -> new ArrayList<>()).add(file);
      }
    });
    Map<String, Relations> relations = new HashMap<>();
    for (String file : reports.keySet()) {
      Lifecycle life = reports.get(file).meta().lifecycle();
      PageLink replacedBy = links.get(successor.get(file));
      List<PageLink> replaces = linked(predecessors.get(file), links);
      PageLink interprets = life.interprets() == null ? null : links.get(gongkai.content.RelationPaths.normalise(life.interprets()));
      List<PageLink> explained = linked(interpretations.get(file), links);
      if (replacedBy != null || !replaces.isEmpty() || interprets != null || !explained.isEmpty()) {
        relations.put(file, new Relations(replacedBy, replaces, interprets, explained));
      }
    }
    return relations;
  }

  private static void replace(String old, String replacement, Map<String, String> successor, Map<String, List<String>> predecessors) {
    // Written on both sides, a relation is one relation; a second, different successor is RelationCheck's error.
    if (successor.putIfAbsent(old, replacement) == null) {
      predecessors.computeIfAbsent(replacement, k -> new ArrayList<>()).add(old);
    }
  }

  private static List<PageLink> linked(List<String> files, Map<String, PageLink> links) {
    if (files == null) {
      return List.of();
    }
    return files.stream().sorted().map(links::get).filter(java.util.Objects::nonNull).toList();
  }
}
