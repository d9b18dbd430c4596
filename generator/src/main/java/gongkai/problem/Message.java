package gongkai.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a diagnostic says, as a key of the message catalogues and the values it names; the words
 * come from the catalogue of the language it is printed in ({@link MessageCatalogue}), so no
 * message is written in code.
 *
 * <p>An argument may itself be a message (translated in turn), a list (joined as the language
 * joins a list) or any value (printed as it is: a file name, a figure, the editor's own text).
 *
 * @param key the catalogue key, e.g. {@code index.check-character}; empty for {@link #NONE}
 * @param args the values for {@code {0}}, {@code {1}}, … in the catalogue's text
 */
public record Message(String key, List<Object> args) {
  /** No message: a problem whose message says it all has this as its fix. */
  public static final Message NONE = new Message("", List.of());

  public Message {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a message needs a key");
    }
    return new Message(key, Arrays.asList(args));
  }

  /**
   * The key {@code key.one} when {@code count} is 1 and {@code key.other} otherwise, with the count
   * as {@code {0}}: "1 error", "2 errors" (Chinese has one form, written under both keys).
   */
  public static Message count(String key, long count, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = count;
    System.arraycopy(more, 0, args, 1, more.length);
    return of(key + (count == 1 ? ".one" : ".other"), args);
  }

  /**
   * Words printed as they are in every language, for this package's own tests of how problems are
   * printed. Package-private, so no other code can write a message inline (MessageCatalogueTest).
   */
  static Message literal(String text) {
    return text.isEmpty() ? NONE : new Message(LITERAL, List.of(text));
  }

  /** The key of {@link #literal}, which no catalogue has. */
  static final String LITERAL = "(literal)";

  public boolean isNone() {
    return key.isEmpty();
  }
}
