package gongkai.cli;

import gongkai.problem.Message;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A mistake in a command line that only the command can see (a {@code --format} it does not know,
 * options that go together), told in the run's language like picocli's own ({@link UsageMessage}).
 */
final class UsageError extends ParameterException {
  private static final long serialVersionUID = 1L;

  private final transient Message text;

  UsageError(CommandLine command, Message text) {
    super(command, gongkai.problem.MessageCatalogue.of(gongkai.problem.Language.EN).format(text));
    this.text = text;
  }

  Message text() {
    return text;
  }
}
