package gongkai.cli;

import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import gongkai.serve.PreviewBuild;
import gongkai.serve.Preview;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai serve}: the live preview, until Ctrl+C. */
@Command(
    name = "serve",
    description = "Builds the site in memory, serves it, and rebuilds what a change affects and reloads the browser when content/ or themes/ change.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ and themes/ (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--out", paramLabel = "DIR", description = "Build into this folder, all of it on every change, instead of keeping the site in memory (never public/ unless given here).")
  Path out;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 lets phones on the same network open the preview).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 1313).")
  int port = 1313;

  @Option(names = "--drafts", description = "Also builds reports marked 'draft: true'.")
  boolean drafts;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Path root = source.toAbsolutePath().normalize();
    MessageCatalogue words = Main.words(spec, root);
    if (port < 0 || port > 65535) {
      throw new UsageError(spec.commandLine(), Message.of("cli.serve.port", port));
    }
    Preview preview;
    try {
      preview = Preview.start(new Preview.Options(root, out, host, port, drafts, Main.override(spec)), stdout, stderr);
    } catch (UncheckedIOException e) { // the port is taken or the host is not this machine's: choose another
      String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      stderr.println("gongkai: " + words.format(Message.of("cli.serve.cannot-listen", host + ":" + port, reason)));
      return Main.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      preview.close();
      stopped.countDown();
    }));
    PreviewBuild first = preview.lastBuild();
    if (first.succeeded()) {
      stdout.println(words.format(Message.of("cli.serve.built", BuildCommand.reports(first.result().reports()),
          Message.count("cli.count.page", first.result().pages(), ProblemPrinter.grouped(first.result().pages())),
          String.format(Locale.ROOT, "%.2f", first.result().elapsed().toNanos() / 1e9))));
    }
    stdout.println(words.format(preview.outputDir() == null
        ? Message.of("cli.serve.serving-in-memory", preview.address())
        : Message.of("cli.serve.serving-into", preview.address(), preview.outputDir())));
    if (Preview.isEveryInterface(host)) {
      stdout.println(words.format(Message.of("cli.serve.network", preview.address())));
    } else {
      stdout.println(words.format(Message.of("cli.serve.this-computer")));
    }
    if (out != null) { // a preview build must not be published: its links and QR codes name this machine
      stdout.println(words.format(Message.of("cli.serve.not-for-publishing", preview.outputDir(), preview.address())));
    }
    stdout.println(words.format(Message.of("cli.serve.watching")));
    stdout.flush();
    stopped.await();
    return 0;
  }
}
