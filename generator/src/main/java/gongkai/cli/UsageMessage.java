package gongkai.cli;

import gongkai.problem.Message;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error as a message of the catalogues. picocli writes its errors in English; each kind the
 * gongkai command line can meet is told again from what the exception names (the option, its value,
 * the arguments it could not place). Any other keeps picocli's words.
 */
final class UsageMessage {
  private UsageMessage() {}

  static Message of(ParameterException e) {
    if (e instanceof UsageError own) {
      return own.text();
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (e instanceof CommandLine.OverwrittenOptionException && e.getArgSpec() instanceof OptionSpec option) {
      return Message.of("cli.usage.repeated", option.longestName());
    }
    String text = String.valueOf(e.getMessage());
    if (e instanceof CommandLine.MissingParameterException missing && missing.getMissing().size() == 1) {
      ArgSpec arg = missing.getMissing().get(0);
      if (arg instanceof OptionSpec option && text.startsWith("Missing required parameter for option")) {
        return Message.of("cli.usage.missing-value", option.longestName(), option.paramLabel());
      }
      if (arg.isPositional() && text.startsWith("Missing required parameter")) {
        return Message.of("cli.usage.missing-parameter", arg.paramLabel());
      }
    }
    if (text.equals("Missing required subcommand")) { // thrown by picocli when 'gongkai' runs without a command
      return Message.of("cli.usage.missing-command", commands(e.getCommandLine()));
    }
    if (e.getArgSpec() instanceof OptionSpec option && e.getValue() != null && text.startsWith("Invalid value")) {
      if (option.longestName().equals(Main.LANG)) {
        return Message.of("cli.usage.lang", e.getValue());
      }
      Class<?> type = option.type();
      return type == int.class || type == Integer.class
          ? Message.of("cli.usage.not-a-number", option.longestName(), e.getValue())
          : Message.of("cli.usage.invalid-value", option.longestName(), e.getValue());
    }
    return Message.of("cli.usage.other", text);
  }

  private static Message unmatched(CommandLine.UnmatchedArgumentException e) {
    List<String> args = e.getUnmatched();
    if (e.isUnknownOption()) {
      return Message.count("cli.usage.unknown-option", args.size(), quoted(args));
    }
    CommandLine command = e.getCommandLine();
    boolean topLevel = !command.getSubcommands().isEmpty() && command.getParent() == null;
    if (topLevel && !args.isEmpty()) {
      return Message.of("cli.usage.unknown-command", args.get(0), commands(command));
    }
    return Message.count("cli.usage.unmatched", args.size(), quoted(args));
  }

  /** The commands of {@code command}, as a list the language joins. */
  private static List<String> commands(CommandLine command) {
    return List.copyOf(command.getSubcommands().keySet());
  }

  private static List<Message> quoted(List<String> args) {
    List<Message> quoted = new ArrayList<>();
    args.forEach(a -> quoted.add(Message.of("cli.usage.quoted", a)));
    return quoted;
  }
}
