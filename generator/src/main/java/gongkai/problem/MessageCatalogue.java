package gongkai.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language for every {@link Message}: {@code messages.<tag>.properties} beside
 * this class, read as UTF-8. {@code {0}}, {@code {1}}, … stand for the message's arguments; unlike
 * {@link java.text.MessageFormat}, an apostrophe is only an apostrophe, because English messages
 * quote the editor's keys ({@code 'title'}).
 */
public final class MessageCatalogue {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
  private static final Map<Language, MessageCatalogue> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final Map<String, String> texts;

  private MessageCatalogue(Language language, Map<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  /** The catalogue of {@code language}, read once. */
  public static synchronized MessageCatalogue of(Language language) {
    return LOADED.computeIfAbsent(language, l -> new MessageCatalogue(l, read(resource(l))));
  }

  /** The resource that holds {@code language}'s words. */
  static String resource(Language language) {
    return "messages." + language.tag() + ".properties";
  }

  public Language language() {
    return language;
  }

  /** Every key the catalogue has, sorted. */
  public Set<String> keys() {
    return new TreeSet<>(texts.keySet());
  }

  /** The message in this language's words, its arguments filled in. */
  public String format(Message message) {
    if (message.isNone()) {
      return "";
    }
    if (message.key().equals(Message.LITERAL)) {
      return String.valueOf(message.args().get(0));
    }
    String text = texts.get(message.key());
    if (text == null) {
      // The catalogue test checks that every key in the code is in both catalogues.
      throw new IllegalStateException("no message '" + message.key() + "' in " + resource(language));
    }
    Matcher m = ARGUMENT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      if (i >= message.args().size()) {
        throw new IllegalStateException("message '" + message.key() + "' has no argument {" + i + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value(message.args().get(i))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(Object arg) {
    if (arg instanceof Message message) {
      return format(message);
    }
    if (arg instanceof Collection<?> list) {
      StringBuilder out = new StringBuilder();
      for (Object item : list) {
        if (!out.isEmpty()) {
          out.append(format(Message.of("list.separator")));
        }
        out.append(value(item));
      }
      return out.toString();
    }
    // An editor's value or a file name may hold a line break or a control character; a problem
    // stays one line, with them shown as U+000A.
    if (arg instanceof Path path) {
      return Visible.oneLine(path.toString().replace('\\', '/'));
    }
    return Visible.oneLine(String.valueOf(arg));
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = MessageCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new java.util.HashMap<>();
      for (String key : properties.stringPropertyNames()) {
        texts.put(key, properties.getProperty(key));
      }
      return Map.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
