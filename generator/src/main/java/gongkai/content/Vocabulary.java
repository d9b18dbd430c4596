package gongkai.content;

import gongkai.problem.Message;
import java.util.List;

/** How to fix a value outside its vocabulary: the nearest entries, or the whole list when none is near. */
final class Vocabulary {
  private Vocabulary() {}

  /** The fix for {@code key: text} when {@code text} is not in {@code entries}. */
  static Message suggestion(String key, String text, List<String> entries) {
    List<String> near = Nearest.to(text, entries);
    if (near.size() == 1) {
      return Message.of("content.vocabulary.one", key, near.get(0));
    }
    if (!near.isEmpty()) {
      return Message.of("content.vocabulary.several", key, near);
    }
    return Message.of("content.vocabulary.none", key, entries);
  }
}
