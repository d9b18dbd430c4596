package gongkai.content;

import gongkai.problem.Message;
import gongkai.problem.Problem;
import gongkai.problem.Problems;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The （…） prompts {@code gongkai init} writes in site.yaml — {@code title: （网站名称…）}, the
 * footer's 网站标识码, ICP and 公安 numbers — found while they are left, so a site never publishes
 * "（ICP 备案号…）" in its footer. A value is a prompt when the whole of it is one full-width
 * bracket, quoted or not; an editor's own value ("某县（区）交通运输局") has text outside the brackets.
 */
final class SitePrompts {
  /** {@code  key: （…）} or {@code key: "（…）"}, then perhaps a comment; a commented-out line is not a setting. */
  private static final Pattern SETTING =
      Pattern.compile("^(\\s*)([A-Za-z_][A-Za-z0-9_]*):[ \\t]+([\"']?)(（[^（）\\n]*）)\\3[ \\t]*(?:#.*)?$");

  private SitePrompts() {}

  /**
   * Adds an error at each prompt in {@code yaml}, the text of site.yaml.
   *
   * @param unread top-level keys whose value this build does not read (base_url under --base-url)
   * @return the top-level keys whose value is a prompt, which their own checks then leave alone
   *     (one problem a line: "still the prompt", not also "not an address")
   */
  static Set<String> check(Path file, String yaml, Set<String> unread, Problems problems) {
    Set<String> prompted = new HashSet<>();
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = SETTING.matcher(lines[i].replace("\r", ""));
      if (!m.matches()) {
        continue;
      }
      String key = m.group(2);
      boolean topLevel = m.group(1).isEmpty();
      if (topLevel && unread.contains(key)) {
        continue;
      }
      if (topLevel) {
        prompted.add(key);
      }
      int column = lines[i].codePointCount(0, m.start(2)) + 1;
      problems.add(Problem.at(file, i + 1, column, Message.of("content.site.placeholder", key, m.group(4)),
          Message.of("content.site.placeholder.fix", key)));
    }
    return prompted;
  }
}
