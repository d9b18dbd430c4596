package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test server behaves like the plain static web server the site is published on. */
class StaticSiteServerTest {
  @TempDir static Path tmp;
  static StaticSiteServer server;
  static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void serve() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("site/gkml"));
    Files.writeString(tmp.resolve("site/index.html"), "<p>首页</p>");
    Files.writeString(tmp.resolve("site/404.html"), "<p>页面不存在</p>");
    Files.writeString(site.resolve("index.html"), "<p>栏目</p>");
    Files.writeString(tmp.resolve("site/site.css"), "p{}");
    Files.writeString(tmp.resolve("secret.txt"), "outside the site");
    server = new StaticSiteServer(tmp.resolve("site"), "/jtj/");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String rawPath) throws Exception {
    URI uri = URI.create(server.baseUrl().replace("/jtj/", "") + rawPath);
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void servesOnLoopbackUnderTheBasePath() {
    assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/jtj/");
  }

  @Test
  void folderServesItsIndexAsUtf8Html() throws Exception {
    HttpResponse<String> response = get("/jtj/gkml/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("<p>栏目</p>");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
  }

  @Test
  void folderWithoutTrailingSlashIsRedirected() throws Exception {
    HttpResponse<String> response = get("/jtj/gkml");
    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location")).hasValue("/jtj/gkml/");
  }

  @Test
  void stylesheetHasCssTypeWithCharset() throws Exception {
    assertThat(get("/jtj/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
  }

  @Test
  void missingFileGetsTheSitesNotFoundPageWithStatus404() throws Exception {
    HttpResponse<String> response = get("/jtj/no/such/page/");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("<p>页面不存在</p>");
  }

  @Test
  void pathsOutsideTheBasePathAreNotFound() throws Exception {
    assertThat(get("/index.html").statusCode()).isEqualTo(404);
    assertThat(get("/jtjx/index.html").statusCode()).isEqualTo(404);
  }

  @Test
  void neverServesAFileOutsideTheFolder() throws Exception {
    for (String path : new String[] {"/jtj/%2e%2e/secret.txt", "/jtj/..%2fsecret.txt", "/jtj/gkml/%2e%2e/%2e%2e/secret.txt"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("outside");
    }
    assertThat(server.resolve("/jtj/../secret.txt")).isNull();
    assertThat(server.resolve("/jtj/gkml/../../secret.txt")).isNull();
    assertThat(server.resolve("/jtj/gkml/../index.html")).isEqualTo(tmp.resolve("site/index.html").toAbsolutePath().normalize());
  }
}
