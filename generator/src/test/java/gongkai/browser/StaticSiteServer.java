package gongkai.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a built site folder on 127.0.0.1 under a base path (such as {@code /jtj/}), the way a
 * plain static web server would: folders serve their {@code index.html}, unknown paths get the
 * site's {@code 404.html} with status 404, and nothing outside the folder is ever served.
 */
final class StaticSiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("svg", "image/svg+xml; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"));

  private final Path root;
  private final String basePath;
  private final HttpServer server;

  /** Starts serving {@code root} at {@code http://127.0.0.1:<free port><basePath>}. */
  StaticSiteServer(Path root, String basePath) {
    if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
      throw new IllegalArgumentException("base path must start and end with '/': " + basePath);
    }
    this.root = root.toAbsolutePath().normalize();
    this.basePath = basePath;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The site's address, ending in the base path: {@code http://127.0.0.1:40123/jtj/}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath(); // already percent-decoded
      Path file = resolve(path);
      if (file != null && Files.isDirectory(file)) {
        if (!path.endsWith("/")) { // as real servers do, so that relative links resolve
          exchange.getResponseHeaders().set("Location", path + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      int status = 200;
      if (file == null || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not Found".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", Files.isRegularFile(file) ? type(file) : "text/plain");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      boolean head = method.equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** The file a request path names, or null when it is outside the base path or the folder. */
  Path resolve(String requestPath) {
    String prefix = basePath.substring(0, basePath.length() - 1); // "/jtj" also names the root
    if (requestPath.indexOf('\0') >= 0 || requestPath.indexOf('\\') >= 0
        || !(requestPath.equals(prefix) || requestPath.startsWith(basePath))) {
      return null;
    }
    String relative = requestPath.substring(Math.min(basePath.length(), requestPath.length()));
    Path file = root.resolve(relative.replaceFirst("^/+", "")).normalize();
    return file.startsWith(root) ? file : null;
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
