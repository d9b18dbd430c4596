package gongkai.cli;

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
    if (port < 0 || port > 65535) {
      stderr.println("gongkai: --port must be between 0 and 65535, was " + port);
      return Main.USAGE;
    }
    Path root = source.toAbsolutePath().normalize();
    Preview preview;
    try {
      preview = Preview.start(new Preview.Options(root, out, host, port, drafts), stdout, stderr);
    } catch (UncheckedIOException e) { // the port is taken or the host is not this machine's: choose another
      stderr.println("gongkai: " + e.getMessage() + " — choose another with --port or --host");
      return Main.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      preview.close();
      stopped.countDown();
    }));
    PreviewBuild first = preview.lastBuild();
    if (first.succeeded()) {
      stdout.printf(Locale.ROOT, "Built %s (%s) in %.2f s.%n", BuildCommand.count(first.result().reports(), "report"),
          BuildCommand.count(first.result().pages(), "page"), first.result().elapsed().toNanos() / 1e9);
    }
    stdout.println("Serving " + preview.address() + (preview.outputDir() == null ? " (kept in memory)" : " (built into " + preview.outputDir() + ")"));
    if (Preview.isEveryInterface(host)) {
      stdout.println("Phones on the same network can open " + preview.address()
          + " — the QR codes on the preview pages encode this address.");
    } else {
      stdout.println("Only this computer can open it; QR codes encode this address. For a phone on the same network: --host 0.0.0.0");
    }
    if (out != null) { // a preview build must not be published: its links and QR codes name this machine
      stdout.println("Note: " + preview.outputDir() + " now holds a preview build for " + preview.address()
          + "; run 'gongkai build' before publishing it.");
    }
    stdout.println("Watching content/ and themes/. Press Ctrl+C to stop.");
    stdout.flush();
    stopped.await();
    return 0;
  }
}
