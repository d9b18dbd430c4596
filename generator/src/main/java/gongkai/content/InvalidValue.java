package gongkai.content;

import gongkai.problem.Language;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;

/**
 * A value an editor wrote that cannot be read, with what is wrong in catalogue words and, when the
 * value itself tells, how to fix it (the report's own 索引号 with the right check character).
 * {@link #getMessage()} is the English text, for logs and tests.
 */
public final class InvalidValue extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Message message;
  private final transient Message fix;

  /** @param fix how to fix it, or {@link Message#NONE} to let the caller say */
  public InvalidValue(Message message, Message fix) {
    super(MessageCatalogue.of(Language.EN).format(message));
    this.message = message;
    this.fix = fix;
  }

  public InvalidValue(Message message) {
    this(message, Message.NONE);
  }

  public Message message() {
    return message;
  }

  /** How to fix it; {@link Message#NONE} when the caller knows better. */
  public Message fix() {
    return fix;
  }
}
