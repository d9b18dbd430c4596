package gongkai.serve;

import gongkai.SiteLanguage;
import gongkai.problem.Language;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import gongkai.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
   * @param lang the language of the terminal's lines and the browser's overlay ({@code --lang}), or
   *     null for the site's {@code language:}, read again at every build
   */
  public record Options(Path siteRoot, Path outputDir, String host, int port, boolean drafts, Language lang) {
    public Options {
      Objects.requireNonNull(siteRoot, "siteRoot");
      Objects.requireNonNull(host, "host");
    }

    /** In the site's language. */
    public Options(Path siteRoot, Path outputDir, String host, int port, boolean drafts) {
      this(siteRoot, outputDir, host, port, drafts, null);
    }
  }

  private final DevServer server;
  private final PreviewBuilder builder;
  private final Path siteRoot;
  private final Path outputDir;
  private final String origin;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Language lang;
  private ContentWatcher watcher;
  private volatile PreviewBuild last;

  private Preview(DevServer server, PreviewBuilder builder, Path siteRoot, Path outputDir, String origin,
      PrintWriter out, PrintWriter err, Language lang) {
    this.lang = lang;
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
    String origin = "http://" + hostForLinks(options.host(), err, SiteLanguage.words(root, options.lang())) + ":" + server.port();
    Preview preview = new Preview(server, builders.create(output, origin), root, output, origin, out, err, options.lang());
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
    // Read at every build, like the base path: site.yaml may be what changed.
    MessageCatalogue words = SiteLanguage.words(siteRoot, lang);
    PreviewBuild outcome;
    try {
      outcome = builder.build(changed);
    } catch (RuntimeException e) { // a bug, not content: keep serving, show it, print the trace for the report
      err.println("gongkai: " + words.format(Message.of("serve.internal-error", e)));
      e.printStackTrace(err);
      outcome = PreviewBuild.failed(last == null ? "/" : last.basePath(),
          List.of(Problem.at(Path.of("gongkai"), 0, Message.of("serve.internal-error", e), Message.of("serve.internal-error.fix"))));
    }
    last = outcome;
    server.update(outcome, words);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (outcome.succeeded()) {
      if (!first && outputDir == null) { // the first build is summarised by the command
        out.println(words.format(changed(changed, Message.of("serve.rebuilt", ms))));
      } else if (!first) {
        out.println(words.format(changed(changed, Message.of("serve.rebuilt-into", ms,
            outcome.result().written(), outcome.result().removed()))));
      }
    } else {
      outcome.problems().forEach(p -> err.println(p.line(words)));
      err.println(words.format(Message.of("serve.failed",
          Message.count("serve.count.problem", outcome.problems().size()),
          server.hasBuilt() ? Message.of("serve.failed.still-serving") : Message.of("serve.failed.not-built"))));
    }
    out.flush();
    err.flush();
  }

  /**
   * {@code content/gkml/a.md changed. Rebuilt …} or {@code content/gkml/a.md and 2 more changed. Rebuilt …},
   * so the editor sees what was picked up; {@code rebuilt} alone after the first build.
   */
  private Message changed(Set<Path> changed, Message rebuilt) {
    if (changed.isEmpty()) {
      return rebuilt;
    }
    Path first = changed.stream().sorted().findFirst().orElseThrow();
    String name = (first.startsWith(siteRoot) ? siteRoot.relativize(first) : first).toString().replace('\\', '/');
    Message what = changed.size() == 1 ? Message.of("serve.changed.one", name) : Message.of("serve.changed.more", name, changed.size() - 1);
    return Message.of("serve.changed.then", what, rebuilt);
  }

  /**
   * The host that links and QR codes name. Listening on every interface is for phones on the same
   * network, so they get this machine's LAN address; 127.0.0.1 would be the phone itself.
   */
  private static String hostForLinks(String host, PrintWriter err, MessageCatalogue words) {
    if (!LanAddress.isWildcard(host)) {
      return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // RFC 3986 §3.2.2: IPv6 in brackets
    }
    return LanAddress.find().orElseGet(() -> {
      err.println("gongkai serve: " + words.format(Message.of("serve.no-network-address")));
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
