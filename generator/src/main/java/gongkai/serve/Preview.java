package gongkai.serve;

import gongkai.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * {@code gongkai serve} put together: binds the address, builds for it, serves the output, and
 * rebuilds whenever {@code content/} or {@code themes/} change.
 */
public final class Preview implements AutoCloseable {
  /** Long enough to fold an editor's save (temp file, rename, modify) into one build; short enough not to be felt. */
  static final Duration QUIET = Duration.ofMillis(30);

  /**
   * @param siteRoot the folder holding {@code content/} and {@code themes/}
   * @param outputDir where to build on disk with full rebuilds, or null to keep the site in memory and
   *     rebuild only what a change affects ({@link InMemoryRebuild})
   * @param host the address to listen on; {@code 0.0.0.0} listens on every interface
   * @param port the port; 0 picks a free one
   * @param drafts whether drafts are built
   */
  public record Options(Path siteRoot, Path outputDir, String host, int port, boolean drafts) {
    public Options {
      Objects.requireNonNull(siteRoot, "siteRoot");
      Objects.requireNonNull(host, "host");
    }
  }

  private final DevServer server;
  private final PreviewBuilder builder;
  private final Path siteRoot;
  private final Path outputDir;
  private final String origin;
  private final PrintWriter out;
  private final PrintWriter err;
  private ContentWatcher watcher;
  private volatile PreviewBuild last;

  private Preview(DevServer server, PreviewBuilder builder, Path siteRoot, Path outputDir, String origin,
      PrintWriter out, PrintWriter err) {
    this.server = server;
    this.siteRoot = siteRoot;
    this.builder = builder;
    this.outputDir = outputDir;
    this.origin = origin;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts with the site in memory, rebuilding what a change affects; with {@code --out}, with a full
   * build into that folder on every change.
   */
  public static Preview start(Options options, PrintWriter out, PrintWriter err) {
    Path root = options.siteRoot().toAbsolutePath().normalize();
    return start(options, (output, origin) -> output == null
        ? new InMemoryRebuild(root, options.drafts(), origin)
        : new DiskRebuild(root, output, options.drafts(), origin), out, err);
  }

  /**
   * Starts with the given builder.
   *
   * @param builders makes the builder from the output folder (null: none, in memory) and the served
   *     origin ({@code http://127.0.0.1:1313})
   */
  public static Preview start(Options options, Builders builders, PrintWriter out, PrintWriter err) {
    Path root = options.siteRoot().toAbsolutePath().normalize();
    Path output = options.outputDir() == null ? null : options.outputDir().toAbsolutePath().normalize();
    DevServer server = DevServer.bind(options.host(), options.port());
    String origin = "http://" + hostForLinks(options.host(), err) + ":" + server.port();
    Preview preview = new Preview(server, builders.create(output, origin), root, output, origin, out, err);
    try {
      // Watching starts before the first build, so a file saved during it is built right after.
      preview.watcher = new ContentWatcher(List.of(root.resolve("content"), root.resolve("themes")), QUIET, preview::rebuild);
      preview.rebuild(Set.of());
      server.start();
      preview.watcher.start();
      return preview;
    } catch (RuntimeException e) {
      preview.close();
      throw e;
    }
  }

  /** Makes the preview's {@link PreviewBuilder} once the output folder and the served origin are known. */
  @FunctionalInterface
  public interface Builders {
    PreviewBuilder create(Path outputDir, String origin);
  }

  /** The site's address on the preview, with its base path: {@code http://127.0.0.1:1313/jtj/}. */
  public String address() {
    return origin + last.basePath();
  }

  /** Whether {@code host} listens on every interface, so phones on the same network can reach it. */
  public static boolean isEveryInterface(String host) {
    return LanAddress.isWildcard(host);
  }

  /** The folder the preview builds into with {@code --out}, or null when it keeps the site in memory. */
  public Path outputDir() {
    return outputDir;
  }

  /** The newest build's outcome. */
  public PreviewBuild lastBuild() {
    return last;
  }

  /** Builds and tells the open tabs; runs on the watcher's thread, so builds never overlap. */
  private void rebuild(Set<Path> changed) {
    boolean first = last == null;
    long start = System.nanoTime();
    PreviewBuild outcome;
    try {
      outcome = builder.build(changed);
    } catch (RuntimeException e) { // a bug, not content: keep serving, show it, print the trace for the report
      err.println("gongkai: internal error: " + e);
      e.printStackTrace(err);
      outcome = PreviewBuild.failed(last == null ? "/" : last.basePath(),
          List.of(Problem.at(Path.of("gongkai"), 0, "internal error: " + e, "the stack trace is in the terminal; please report it")));
    }
    last = outcome;
    server.update(outcome);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (outcome.succeeded()) {
      if (!first && outputDir == null) { // the first build is summarised by the command
        out.printf(Locale.ROOT, "%sRebuilt in %d ms.%n", describe(changed), ms);
      } else if (!first) {
        out.printf(Locale.ROOT, "%sRebuilt in %d ms: %d written, %d removed.%n",
            describe(changed), ms, outcome.result().written(), outcome.result().removed());
      }
    } else {
      outcome.problems().forEach(err::println);
      err.printf(Locale.ROOT, "Build failed: %d problem%s. %s%n", outcome.problems().size(), outcome.problems().size() == 1 ? "" : "s",
          server.hasBuilt() ? "Still serving the last good build; the browser shows the problems." : "Fix them and save: the preview builds again.");
    }
    out.flush();
    err.flush();
  }

  /** {@code content/gkml/a.md changed. } or {@code content/gkml/a.md and 2 more changed. }, so the editor sees what was picked up. */
  private String describe(Set<Path> changed) {
    if (changed.isEmpty()) {
      return "";
    }
    Path first = changed.stream().sorted().findFirst().orElseThrow();
    String name = (first.startsWith(siteRoot) ? siteRoot.relativize(first) : first).toString().replace('\\', '/');
    return name + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "") + " changed. ";
  }

  /**
   * The host that links and QR codes name. Listening on every interface is for phones on the same
   * network, so they get this machine's LAN address; 127.0.0.1 would be the phone itself.
   */
  private static String hostForLinks(String host, PrintWriter err) {
    if (!LanAddress.isWildcard(host)) {
      return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // RFC 3986 §3.2.2: IPv6 in brackets
    }
    return LanAddress.find().orElseGet(() -> {
      err.println("gongkai serve: no network address found; links and QR codes use 127.0.0.1, which a phone cannot open.");
      return "127.0.0.1";
    });
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    server.close();
  }
}
