package gongkai.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gongkai.problem.Language;
import gongkai.problem.Message;
import gongkai.problem.MessageCatalogue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the preview's site ({@link SiteFiles}) with the JDK's HTTP server, plus three dev-only addresses under
 * {@code /__gongkai/}: the client script, its event stream and the last build's problems. HTML pages
 * get the client's script tag as they are served; the site's files are the build's own.
 */
public final class DevServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService handlers;
  private final ScheduledExecutorService pings;
  private volatile SiteFiles site = SiteFiles.NONE;
  private final ReloadEvents events = new ReloadEvents();
  private final byte[] script = ReloadScript.source();
  private volatile String basePath = "/";
  private volatile List<String> problems = List.of();
  private volatile MessageCatalogue words = MessageCatalogue.of(Language.DEFAULT);
  private volatile boolean built;

  private DevServer(HttpServer server) {
    this.server = server;
    this.handlers = Executors.newCachedThreadPool(daemon("gongkai-serve-http"));
    this.pings = Executors.newSingleThreadScheduledExecutor(daemon("gongkai-serve-ping"));
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
  }

  /** Binds {@code host:port} (port 0: any free port) without serving yet, so the address is known before the first build. */
  public static DevServer bind(String host, int port) {
    try {
      return new DevServer(HttpServer.create(new InetSocketAddress(host, port), 0));
    } catch (IOException e) {
      // The command tells the editor, in the run's language, from the address and this cause.
      throw new UncheckedIOException(host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void start() {
    server.start();
    pings.scheduleAtFixedRate(events::ping, 15, 15, TimeUnit.SECONDS);
  }

  /**
   * Takes a finished build: after a good one the open tabs reload (when it changed anything or
   * cleared problems); after a failed one they show its problems over the last good pages, in
   * {@code words}' language (the run's, as the terminal prints them).
   */
  public void update(PreviewBuild outcome, MessageCatalogue words) {
    this.words = words;
    if (outcome.succeeded()) {
      boolean hadProblems = !problems.isEmpty();
      basePath = outcome.basePath();
      site = outcome.files();
      problems = List.of();
      built = true;
      if (outcome.changedOutput() || hadProblems) {
        events.send("reload");
      }
    } else {
      if (!built) {
        basePath = outcome.basePath();
      }
      problems = outcome.problems().stream().map(p -> p.line(words)).toList();
      events.send("problems");
    }
  }

  /** Whether a build has succeeded, so there are pages to serve. */
  boolean hasBuilt() {
    return built;
  }

  /** How many tabs are listening for reloads. */
  int listeners() {
    return events.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (ReloadScript.EVENTS.equals(path)) {
      openEventStream(exchange); // stays open: not closed here
      return;
    }
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "Method Not Allowed\n".getBytes(StandardCharsets.UTF_8));
      } else if (ReloadScript.SCRIPT.equals(path)) {
        send(exchange, 200, MimeTypes.of("reload.js"), script);
      } else if (ReloadScript.PROBLEMS.equals(path)) {
        send(exchange, 200, MimeTypes.of("problems.json"), JSON.writeValueAsBytes(overlay()));
      } else {
        serveSite(exchange, path);
      }
    }
  }

  private void serveSite(HttpExchange exchange, String path) throws IOException {
    SiteFiles files = site; // one build for the whole request
    RequestTarget target = RequestPath.resolve(path, basePath, files);
    if (target instanceof RequestTarget.Rejected) {
      send(exchange, 400, "text/plain; charset=utf-8", "Bad Request\n".getBytes(StandardCharsets.UTF_8));
    } else if (target instanceof RequestTarget.Redirect redirect) {
      String query = exchange.getRequestURI().getRawQuery();
      exchange.getResponseHeaders().set("Location", redirect.location() + (query == null ? "" : "?" + query));
      send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
    } else if (!built) {
      send(exchange, 503, MimeTypes.of("x.html"), notBuiltYet());
    } else if (target instanceof RequestTarget.File file) {
      sendFile(exchange, 200, file.path(), files.read(file.path()));
    } else {
      byte[] notFound = files.read("404.html"); // the site's own page, as a real server would send it
      if (notFound != null) {
        sendFile(exchange, 404, "404.html", notFound);
      } else {
        send(exchange, 404, "text/plain; charset=utf-8", "Not Found\n".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void sendFile(HttpExchange exchange, int status, String path, byte[] body) throws IOException {
    if (body == null) { // removed from the disk since it was found
      send(exchange, 404, "text/plain; charset=utf-8", "Not Found\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String type = MimeTypes.of(path.substring(path.lastIndexOf('/') + 1));
    if (type.startsWith("text/html")) {
      body = ReloadScript.inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
    send(exchange, status, type, body);
  }

  /**
   * What the overlay shows ({@code reload.js}): the problems, and its own words in the run's
   * language, with the language's tag for the box's {@code lang} (WCAG 3.1.2: read with the right voice).
   */
  private Map<String, Object> overlay() {
    MessageCatalogue w = words;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("problems", problems);
    body.put("lang", w.language().tag());
    body.put("title", w.format(Message.of("serve.overlay.title")));
    body.put("note", w.format(Message.of("serve.overlay.note")));
    body.put("close", w.format(Message.of("serve.overlay.close")));
    return body;
  }

  /** Shown before any build succeeded: the overlay lists the problems, and the page reloads once fixed. */
  private byte[] notBuiltYet() {
    MessageCatalogue w = words;
    return ("<!DOCTYPE html><html lang=\"" + w.language().tag() + "\"><head><meta charset=\"utf-8\"><title>"
        + w.format(Message.of("serve.not-built.title")) + "</title>"
        + ReloadScript.TAG + "</head><body><main><h1>" + w.format(Message.of("serve.not-built.heading")) + "</h1>"
        + "<p>" + w.format(Message.of("serve.not-built.text")) + "</p>"
        + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store"); // a preview is always the newest build
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void openEventStream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0); // chunked: the stream has no end
    events.add(exchange.getResponseBody());
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    pings.shutdownNow();
    events.closeAll();
    server.stop(0);
    handlers.shutdownNow();
  }
}
