package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import gongkai.output.OutputDirectory;
import gongkai.output.OutputLock;
import gongkai.problem.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview against a temporary copy of the English fixture site, published under
 * {@code /transport/}: served on a free port of 127.0.0.1 and read with the JDK's HTTP client; kept
 * in memory unless a test restarts it with {@code --out}.
 */
class PreviewTest {
  /** Generous: a rebuild on a busy CI machine; the tests wait for events, never for a fixed time. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String REPORT = "content/reports/2024/annual.md";
  private static final String REPORT_PAGE = "/transport/reports/2024/annual/";

  @TempDir Path tmp;
  private Path site;
  private Preview preview;
  private String origin;
  private final StringWriter log = new StringWriter();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @BeforeEach
  void startPreview() {
    site = TestSites.assemble(TestSites.testResources().resolve("sites/english/content"), tmp.resolve("site"));
    preview = Preview.start(new Preview.Options(site, null, "127.0.0.1", 0, false), new PrintWriter(log, true), new PrintWriter(log, true));
    origin = preview.address().substring(0, preview.address().indexOf("/transport/"));
  }

  @AfterEach
  void stopPreview() {
    if (preview != null) {
      preview.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(origin + path)).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String type(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void theSiteIsServedAtItsBasePathWithTheServedAddressAsBaseUrl() throws Exception {
    assertThat(preview.address()).matches("http://127\\.0\\.0\\.1:\\d+/transport/");
    HttpResponse<String> page = get(REPORT_PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Annual report 2023")
        .contains("href=\"" + preview.address() + "reports/2024/annual/\""); // canonical: the preview, not the published site
  }

  @Test
  void listeningOnEveryInterfaceLinksAndQrCodesUseTheLanAddressAPhoneCanOpen() throws Exception {
    preview.close();
    preview = Preview.start(new Preview.Options(site, null, "0.0.0.0", 0, false), new PrintWriter(log, true), new PrintWriter(log, true));
    String host = LanAddress.find().orElse("127.0.0.1");
    assertThat(preview.address()).startsWith("http://" + host + ":").endsWith("/transport/");
    if (host.equals("127.0.0.1")) {
      assertThat(log.toString()).contains("no network address found");
    }
    int port = URI.create(preview.address()).getPort();
    HttpResponse<String> page = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + REPORT_PAGE)).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(page.body()).containsPattern("aria-label=\"[^\"]*" + Pattern.quote(preview.address() + "reports/2024/annual/") + "\"");
  }

  @Test
  void theServerRootRedirectsToTheBasePath() throws Exception {
    for (String path : new String[] {"/", "/transport"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).as(path).contains("/transport/");
    }
  }

  @Test
  void anUnknownPathGetsTheSites404PageWithStatus404() throws Exception {
    String notFound = new String(preview.lastBuild().files().read("404.html"), StandardCharsets.UTF_8);
    HttpResponse<String> response = get("/transport/no-such-page/");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(type(response)).isEqualTo("text/html; charset=utf-8");
    assertThat(response.body()).isEqualTo(ReloadScript.inject(notFound));
    assertThat(get("/elsewhere/").statusCode()).isEqualTo(404);
  }

  /** The address the report page gives an asset: theme assets carry their content hash in the name. */
  private String linked(String selector, String attribute) throws Exception {
    return org.jsoup.Jsoup.parse(get(REPORT_PAGE).body()).selectFirst(selector).attr(attribute);
  }

  @Test
  void filesHaveTheirTypeAndTextFilesSayUtf8() throws Exception {
    assertThat(type(get(REPORT_PAGE))).isEqualTo("text/html; charset=utf-8");
    assertThat(type(get(linked("link[rel=stylesheet]", "href")))).isEqualTo("text/css; charset=utf-8");
    assertThat(type(get(linked("script[src*=/assets/js/gongkai.]", "src")))).isEqualTo("text/javascript; charset=utf-8");
    assertThat(type(get("/transport/search-index/meta.json"))).isEqualTo("application/json; charset=utf-8");
    assertThat(type(get("/transport/sitemap.xml"))).isEqualTo("application/xml; charset=utf-8");
    assertThat(type(get("/transport/robots.txt"))).isEqualTo("text/plain; charset=utf-8");
    assertThat(type(get("/__gongkai/reload.js"))).isEqualTo("text/javascript; charset=utf-8");
    assertThat(type(get("/__gongkai/problems"))).isEqualTo("application/json; charset=utf-8");
    assertThat(get(REPORT_PAGE).headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void theReloadScriptIsAddedToServedHtmlButNeverToTheSitesFiles() throws Exception {
    assertThat(get(REPORT_PAGE).body()).containsOnlyOnce(ReloadScript.TAG);
    assertThat(get(linked("link[rel=stylesheet]", "href")).body()).doesNotContain("__gongkai");
    assertThat(preview.outputDir()).isNull(); // kept in memory
    for (byte[] file : ((MemorySite) preview.lastBuild().files()).all().values()) {
      assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("__gongkai");
    }
  }

  @Test
  void withOutTheWholeSiteIsBuiltIntoThatFolderWithoutTheReloadScript() throws Exception {
    restartWithOut();
    assertThat(get(REPORT_PAGE).body()).containsOnlyOnce(ReloadScript.TAG);
    assertThat(preview.outputDir().resolve("reports/2024/annual/index.html")).isRegularFile();
    try (Stream<Path> files = Files.walk(preview.outputDir())) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain("__gongkai");
      }
    }
    EventStream events = EventStream.open(http, origin);
    edit(REPORT, "title: Annual report 2023", "title: Annual report 2023, revised");
    events.awaitEvent("reload", TIMEOUT);
    assertThat(Files.readString(preview.outputDir().resolve("reports/2024/annual/index.html"))).contains("<title>Annual report 2023, revised");
    events.close();
  }

  private void restartWithOut() {
    preview.close();
    preview = Preview.start(new Preview.Options(site, tmp.resolve("out"), "127.0.0.1", 0, false), new PrintWriter(log, true), new PrintWriter(log, true));
    origin = preview.address().substring(0, preview.address().indexOf("/transport/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/transport/../../../etc/passwd",
      "/transport/%2e%2e/%2e%2e/etc/passwd",
      "/transport/%2E%2E%2F%2E%2E%2Fetc/passwd",
      "/transport/..%2f..%2fetc/passwd",
      "/transport/..\\..\\etc\\passwd",
      "/transport/..%5c..%5cetc%5cpasswd",
      "/transport//etc/passwd",
      "//etc/passwd",
      "/transport/%00",
      "/transport/C:/Windows/win.ini",
      "http://127.0.0.1/../../etc/passwd"})
  void traversalAttemptsAreAllClientErrors(String target) throws Exception {
    // A raw request line: HttpClient would normalise some of these before sending them.
    try (Socket socket = new Socket("127.0.0.1", URI.create(origin).getPort())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
      assertThat(status).as(target).matches("HTTP/1\\.1 4\\d\\d .*");
    }
  }

  @Test
  void aSymbolicLinkInTheOutputLeadingOutsideIsNotServed() throws Exception {
    restartWithOut();
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(preview.outputDir().resolve("leak.txt"), secret);
    HttpResponse<String> response = get("/transport/leak.txt");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("secret");
  }

  @Test
  void aReportsFileSwappedForALinkAfterTheBuildIsNotServed() throws Exception {
    Files.writeString(site.resolve("content/reports/2024/figures.txt"), "published figures");
    EventStream events = EventStream.open(http, origin);
    edit(REPORT, "It answered every request on time.", "It answered every request on time ([figures](figures.txt)).");
    events.awaitEvent("reload", TIMEOUT);
    events.close();
    // Built and listed, but not yet requested: now the file becomes a link to a secret outside the site.
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
    Files.delete(site.resolve("content/reports/2024/figures.txt"));
    Files.createSymbolicLink(site.resolve("content/reports/2024/figures.txt"), secret);

    HttpResponse<String> response = get(REPORT_PAGE + "figures.txt");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("secret");
  }

  @Test
  void aPreviewWithAnOutputFolderWaitsForABuildWritingIt() throws Exception {
    restartWithOut();
    EventStream events = EventStream.open(http, origin);
    try (OutputLock build = OutputLock.acquire(new OutputDirectory(preview.outputDir()), java.time.Duration.ZERO)) {
      edit(REPORT, "title: Annual report 2023", "title: Annual report 2023, revised");
      Thread.sleep(1500); // time enough for the watcher to see the change and start its rebuild
      assertThat(get(REPORT_PAGE).body()).as("not rebuilt while the other build holds the folder")
          .doesNotContain("revised");
    }
    events.awaitEvent("reload", TIMEOUT);
    assertThat(get(REPORT_PAGE).body()).contains("<title>Annual report 2023, revised");
    events.close();
  }

  @Test
  void savingAReportSendsAReloadEventAndServesTheNewPage() throws Exception {
    EventStream events = EventStream.open(http, origin);
    edit(REPORT, "title: Annual report 2023", "title: Annual report 2023, revised");
    events.awaitEvent("reload", TIMEOUT);
    assertThat(get(REPORT_PAGE).body()).contains("<title>Annual report 2023, revised");
    events.close();
  }

  @Test
  void aBrokenReportShowsItsProblemsWhileTheLastGoodPageIsServedAndFixingItClearsThem() throws Exception {
    EventStream events = EventStream.open(http, origin);
    String good = Files.readString(site.resolve(REPORT));
    edit(REPORT, "date: 2024-01-15", "date: 2024-13-45");
    events.awaitEvent("problems", TIMEOUT);
    String problems = get("/__gongkai/problems").body();
    assertThat(problems).startsWith("{\"problems\":[\"content/reports/2024/annual.md:4:1: error: ").contains("2024-13-45");
    assertThat(get(REPORT_PAGE).body()).contains("<title>Annual report 2023").contains(ReloadScript.TAG);

    Files.writeString(site.resolve(REPORT), good.replace("Annual report 2023", "Annual report 2023, fixed"));
    events.awaitEvent("reload", TIMEOUT);
    assertThat(get("/__gongkai/problems").body()).startsWith("{\"problems\":[],\"lang\":\"en\",");
    assertThat(get(REPORT_PAGE).body()).contains("<title>Annual report 2023, fixed");
    events.close();
  }

  @Test
  void problemsAreSentAsJsonSoThePageEscapesThem() throws Exception {
    EventStream events = EventStream.open(http, origin);
    edit(REPORT, "title: Annual report 2023", "title: [\"<img src=x onerror=alert(1)>\"");
    events.awaitEvent("problems", TIMEOUT);
    HttpResponse<String> problems = get("/__gongkai/problems");
    assertThat(problems.body()).startsWith("{\"problems\":[\"content/reports/2024/annual.md:");
    assertThat(type(problems)).isEqualTo("application/json; charset=utf-8");
    events.close();
  }

  @Test
  void whenTheFirstBuildFailsPagesSayNotBuiltYetUntilTheFileIsFixed() throws Exception {
    preview.close();
    edit(REPORT, "date: 2024-01-15", "date: 2024-13-45");
    preview = Preview.start(new Preview.Options(site, null, "127.0.0.1", 0, false), new PrintWriter(log, true), new PrintWriter(log, true));
    origin = preview.address().substring(0, preview.address().indexOf("/transport/"));
    assertThat(log.toString()).contains("content/reports/2024/annual.md:4:1: error: ");
    HttpResponse<String> page = get(REPORT_PAGE);
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains(ReloadScript.TAG);
    assertThat(get("/__gongkai/problems").body()).contains("content/reports/2024/annual.md:4:1: error: ");

    EventStream events = EventStream.open(http, origin);
    edit(REPORT, "date: 2024-13-45", "date: 2024-01-15");
    events.awaitEvent("reload", TIMEOUT);
    assertThat(get(REPORT_PAGE).statusCode()).isEqualTo(200);
    events.close();
  }

  @Test
  void theOverlaySpeaksTheSitesLanguageAsSiteYamlNowSaysIt() throws Exception {
    EventStream events = EventStream.open(http, origin);
    edit("content/site.yaml", "language: en", "language: zh-CN");
    events.awaitEvent("reload", TIMEOUT);
    edit(REPORT, "date: 2024-01-15", "date: 2024-13-45");
    events.awaitEvent("problems", TIMEOUT);

    String overlay = get("/__gongkai/problems").body();

    assertThat(overlay).startsWith("{\"problems\":[\"content/reports/2024/annual.md:4:1: 错误: ")
        .contains("\"lang\":\"zh-CN\"", "\"title\":\"gongkai：网站生成失败。预览显示的是上一次生成成功的网站。\"", "\"close\":\"关闭\"");
    assertThat(log.toString()).contains("content/reports/2024/annual.md:4:1: 错误: ", "生成失败：1 个问题。");
    events.close();
  }

  @Test
  void langOverridesTheSitesLanguageInTheTerminalAndThePages() throws Exception {
    preview.close();
    edit(REPORT, "date: 2024-01-15", "date: 2024-13-45");
    preview = Preview.start(new Preview.Options(site, null, "127.0.0.1", 0, false, Language.ZH_CN),
        new PrintWriter(log, true), new PrintWriter(log, true));
    origin = preview.address().substring(0, preview.address().indexOf("/transport/"));

    HttpResponse<String> page = get(REPORT_PAGE);

    assertThat(log.toString()).contains("content/reports/2024/annual.md:4:1: 错误: ", "改正并保存后，预览会重新生成。");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("<html lang=\"zh-CN\">", "<h1>网站还没有生成成功</h1>");
    assertThat(get("/__gongkai/problems").body()).contains("\"lang\":\"zh-CN\"");
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = site.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  /** A listener on {@code /__gongkai/events}, as the page's script is. */
  static final class EventStream implements AutoCloseable {
    private final java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
    private final CompletableFuture<?> reading;
    private final java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);

    private EventStream(HttpClient http, String origin) {
      reading = http.sendAsync(HttpRequest.newBuilder(URI.create(origin + ReloadScript.EVENTS)).build(), HttpResponse.BodyHandlers.ofLines())
          .thenAccept(response -> {
            connected.countDown();
            response.body().forEach(line -> {
              if (line.startsWith("event: ")) {
                events.add(line.substring("event: ".length()));
              }
            });
          });
    }

    static EventStream open(HttpClient http, String origin) throws InterruptedException {
      EventStream stream = new EventStream(http, origin);
      assertThat(stream.connected.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("connected to the event stream").isTrue();
      return stream;
    }

    /** Waits for {@code name}, skipping other events. */
    void awaitEvent(String name, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      String event;
      do {
        event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        assertThat(event).as("event '%s' within %s", name, timeout).isNotNull();
      } while (!event.equals(name));
    }

    @Override
    public void close() {
      reading.cancel(true);
    }
  }
}
