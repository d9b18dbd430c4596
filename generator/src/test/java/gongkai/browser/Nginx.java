package gongkai.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx, started by a test on a loopback port with gongkai's documented configuration
 * (docs/nginx.conf) included into an http block of its own. Everything nginx writes (pid, logs,
 * temporary files) goes to a temporary folder, and it runs in the foreground ({@code daemon off}),
 * so no root rights and no system service are involved and closing this stops it.
 */
final class Nginx implements AutoCloseable {
  static final String PACKAGE = "nginx";
  static final Path DEFAULT = Path.of(System.getProperty("gongkai.nginx", "/usr/sbin/nginx"));

  private final Process process;
  private final Path prefix;
  private final int port;

  private Nginx(Process process, Path prefix, int port) {
    this.process = process;
    this.prefix = prefix;
    this.port = port;
  }

  /** A free loopback port for nginx to listen on; the site is built for it before nginx starts. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts nginx with {@code serverConfig} (the documented file, its paths already substituted) on
   * {@code 127.0.0.1:port}, and waits until it accepts connections.
   */
  static Nginx start(Path executable, Path prefix, String serverConfig, int port) throws IOException {
    Files.writeString(prefix.resolve("gongkai.conf"), serverConfig);
    Files.createDirectories(prefix.resolve("logs"));
    Path tmp = Files.createDirectories(prefix.resolve("tmp"));
    // Run as root (a CI container), the master would hand requests to workers as 'nobody', who
    // cannot read the test's private temporary folders.
    String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
    Files.writeString(prefix.resolve("nginx.conf"), user + """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/logs/error.log;
        events { worker_connections 64; }
        http {
            access_log %1$s/logs/access.log;
            client_body_temp_path %2$s/client_body;
            proxy_temp_path %2$s/proxy;
            fastcgi_temp_path %2$s/fastcgi;
            uwsgi_temp_path %2$s/uwsgi;
            scgi_temp_path %2$s/scgi;
            include %1$s/gongkai.conf;
        }
        """.formatted(prefix, tmp));
    Process process =
        new ProcessBuilder(executable.toString(), "-p", prefix + "/", "-c", prefix.resolve("nginx.conf").toString(), "-e", prefix.resolve("logs/error.log").toString())
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
            .start();
    Nginx nginx = new Nginx(process, prefix, port);
    nginx.awaitListening(Duration.ofSeconds(15));
    return nginx;
  }

  private void awaitListening(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited with " + process.exitValue() + ":\n" + log());
      }
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        sleep(50);
      }
    }
    close();
    throw new IllegalStateException("nginx did not listen on port " + port + " within " + timeout + ":\n" + log());
  }

  /** nginx's own messages: what it said at start-up and in its error log. */
  String log() throws IOException {
    StringBuilder log = new StringBuilder();
    for (String name : List.of("logs/stdout.log", "logs/error.log")) {
      Path file = prefix.resolve(name);
      if (Files.exists(file)) {
        log.append(Files.readString(file));
      }
    }
    return log.toString();
  }

  /**
   * Without nginx the test fails on CI ({@code CI=true}: a hosting check that silently skips lets a
   * broken documented configuration through) and is skipped with a loud banner elsewhere, as the
   * browser tests are ({@link Browser#requireInstalled}).
   */
  static void requireInstalled(Path executable, boolean onCi) {
    if (Files.isExecutable(executable)) {
      return;
    }
    String why = "nginx not found (missing " + executable + "). Install the Debian package " + PACKAGE
        + " (apt-get install " + PACKAGE + "), or point -Dgongkai.nginx at an nginx executable.";
    if (onCi) {
      Assertions.fail("The nginx hosting test cannot run on CI: " + why);
    }
    String rule = "!".repeat(78);
    System.err.println(String.join(System.lineSeparator(), "", rule,
        "!!  NGINX HOSTING TEST SKIPPED: nginx not found",
        "!!  missing: " + executable,
        "!!  install it:  sudo apt-get install " + PACKAGE,
        "!!  (docs/nginx.conf, its CSP, caching and 404 page were NOT checked)", rule, ""));
    Assumptions.abort("NGINX HOSTING TEST SKIPPED: " + why);
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
