package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.content.ParsedContent;
import gongkai.content.DisclosureDate;
import gongkai.content.FrontMatter;
import gongkai.qr.QrErrorCorrection;
import gongkai.content.Report;
import gongkai.content.SiteConfig;
import gongkai.content.SourceFile;
import gongkai.markdown.RenderedBody;
import gongkai.problem.BuildFailedException;
import gongkai.site.Edition;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRendererTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @TempDir Path root;

  private Theme theme;

  @BeforeEach
  void writeFixtureTheme() throws IOException {
    write("themes/x/theme.yaml", "name: x\n");
    write("themes/x/templates/head-script.peb", "  document.documentElement.classList.add(\"js\");\n");
    write("themes/x/templates/home.peb", "home {{ site.title }}:{% for r in latest %} {{ r.path }}{% endfor %}\n");
    write("themes/x/templates/section.peb", "section {{ section.title }} {{ counterpartUrl }} {{ canonicalUrl }} {{ assets }}\n");
    write("themes/x/templates/report.peb", "<h1>{{ page.title }}</h1>\n{{ page.body.html | raw }}\n{{ page.meta.date | display_date }}\n");
    write("themes/x/templates/404.peb", "{{ t.not_found }}\n");
    write("themes/x/templates/accessibility.peb", "statement {{ accessibilityUrl }}\n");
    write("themes/x/templates/search.peb", "search {{ searchUrl }} {{ searchIndexUrl }}\n");
    write("themes/x/templates/catalogue.peb", "catalogue{% for g in catalogue.categories %} {{ g.count }}{% endfor %}\n");
    write("themes/x/templates/catalogue-list.peb", "list {{ group.label }} {{ byYear }} {{ list.number }}/{{ list.total }} {{ counterpartUrl }}\n");
    theme = new ThemeLoader(root).load("x");
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Report report(String relativePath, String title, String date) {
    SourceFile file = new SourceFile(Path.of("/site/content", relativePath), Path.of("content", relativePath), relativePath, "");
    FrontMatter meta =
        new FrontMatter(
            title, null, "测试局", DisclosureDate.parse(date, SHANGHAI), null, null, null, List.of(), null, null, List.of(),
            file.baseName(), false, Map.of());
    return new Report(file, meta, "", 4, List.of());
  }

  private static Site site(Edition edition, Report... reports) {
    SiteConfig config =
        new SiteConfig(
            "测试局<政府信息公开>", URI.create("https://www.example.gov.cn/jtj/"), "zh-CN", SHANGHAI, "测试局", null,
            List.of("gkml"), new SiteConfig.Footer(null, null, null, null, null));
    Map<String, RenderedBody> bodies = new HashMap<>();
    for (Report r : reports) {
      bodies.put(r.source().relativePath(), RenderedBody.of("<p>正文 & 附件</p>", List.of()));
    }
    return SiteAssembler.assemble(new ParsedContent(config, List.of(reports), List.of()), bodies, false, edition);
  }

  private PageRenderer renderer() {
    return new PageRenderer(theme, Map.of("not_found", "页面不存在"), root, QrErrorCorrection.M);
  }

  @Test
  void rendersEveryPageOfTheEditionToItsOutputFile() {
    Site site = site(Edition.CARE, report("gkml/2024/a.md", "标题", "2024-01-02"));

    List<RenderedPage> pages = renderer().renderAll(site);

    assertThat(pages)
        .containsExactly(
            new RenderedPage("care/index.html", "home 测试局&lt;政府信息公开&gt;: gkml/2024/a/"),
            new RenderedPage("care/gkml/index.html", "section gkml /jtj/gkml/ https://www.example.gov.cn/jtj/gkml/ /jtj/assets/"),
            new RenderedPage("care/gkml/2024/a/index.html", "<h1>标题</h1>\n<p>正文 & 附件</p>2024-01-02"),
            new RenderedPage("care/accessibility/index.html", "statement /jtj/care/accessibility/"),
            new RenderedPage("care/search/index.html", "search /jtj/care/search/ /jtj/search-index/"),
            new RenderedPage("care/catalogue/index.html", "catalogue 1"),
            new RenderedPage("care/catalogue/uncategorised/index.html", "list  false 1/1 /jtj/catalogue/uncategorised/"),
            new RenderedPage("care/catalogue/year/2024/index.html", "list 2024 true 1/1 /jtj/catalogue/year/2024/"),
            new RenderedPage("care/404.html", "页面不存在"));
  }

  @Test
  void titleIsEscapedInTheOutput() {
    Site site = site(Edition.STANDARD, report("gkml/a.md", "<script>alert(\"x\")</script>", "2024-01-02 15:54:42"));

    String html = html(renderer().report(site, site.reports().get(0)));

    assertThat(html).isEqualTo("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>\n<p>正文 & 附件</p>2024-01-02 15:54:42");
  }

  @Test
  void homeListsTheTenNewestReports() {
    List<Report> reports = new ArrayList<>();
    for (int day = 10; day <= 21; day++) {
      reports.add(report("gkml/r" + day + ".md", "标题" + day, "2024-01-" + day));
    }
    Site site = site(Edition.STANDARD, reports.toArray(Report[]::new));

    assertThat(html(renderer().home(site)))
        .isEqualTo("home 测试局&lt;政府信息公开&gt;: gkml/r21/ gkml/r20/ gkml/r19/ gkml/r18/ gkml/r17/"
            + " gkml/r16/ gkml/r15/ gkml/r14/ gkml/r13/ gkml/r12/");
  }

  @ParameterizedTest(name = "{0} line endings")
  @ValueSource(strings = {"LF", "CRLF"})
  void templateErrorIsAProblemNamingTheTemplateAndLine(String endings) throws IOException {
    String newline = endings.equals("LF") ? "\n" : "\r\n";
    write("themes/x/templates/home.peb", String.join(newline, "<main>", "{{ site.title }}", "{% if %}", "</main>", ""));

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> renderer().home(site(Edition.STANDARD)));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly("themes/x/templates/home.peb:3:1: error: template error: Unexpected token \"EXECUTE_END\" of value \"%}\" — fix the template");
  }

  @Test
  void filterErrorIsAProblemNamingTheTemplateAndLine() throws IOException {
    write("themes/x/templates/home.peb", "<main>\n{{ site.title | display_date }}\n</main>\n");

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> renderer().home(site(Edition.STANDARD)));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly("themes/x/templates/home.peb:2:1: error: template error: display_date needs a date, got String — fix the template");
  }

  @Test
  void undefinedVariableFailsBecauseVariablesAreStrict() throws IOException {
    write("themes/x/templates/home.peb", "<main>\n{{ site.title }}\n\n{{ sitee.title }}\n</main>\n");

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> renderer().home(site(Edition.STANDARD)));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly("themes/x/templates/home.peb:4:1: error: template error: Root attribute [sitee] does not exist or can not be accessed"
                + " and strict variables is set to true. — fix the template");
  }

  @Test
  void errorInAnInheritedTemplateNamesTheParentThemesFile() throws IOException {
    write("themes/child/theme.yaml", "extends: x\n");
    write("themes/child/templates/home.peb", "child home\n");
    write("themes/x/templates/section.peb", "\n{{ section.nope }}\n");
    Theme child = new ThemeLoader(root).load("child");
    PageRenderer renderer = new PageRenderer(child, Map.of("not_found", "页面不存在"), root, QrErrorCorrection.M);
    Site site = site(Edition.STANDARD, report("gkml/a.md", "标题", "2024-01-02"));

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> renderer.renderAll(site));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly("themes/x/templates/section.peb:2:1: error: template error: Attribute [nope] of [gongkai.site.Section] does not exist"
                + " or can not be accessed and strict variables is set to true. — fix the template");
  }

  @Test
  void aTemplateSwappedForALinkLeadingOutOfThemesAfterTheCheckIsNeverRead() throws IOException {
    PageRenderer renderer = renderer(); // checked and made, as the preview keeps it; home.peb not yet read
    Path secret = Files.writeString(root.resolve("secret.txt"), "root:x:0:0");
    Files.delete(root.resolve("themes/x/templates/home.peb"));
    Files.createSymbolicLink(root.resolve("themes/x/templates/home.peb"), secret);

    Throwable thrown = catchThrowable(() -> renderer.home(site(Edition.STANDARD)));

    assertThat(thrown).isNotNull();
    assertThat(String.valueOf(thrown)).doesNotContain("root:x");
  }

  @Test
  void childTemplatesReplaceTheParentsAndTheRestAreInherited() throws IOException {
    write("themes/child/theme.yaml", "extends: x\n");
    write("themes/child/templates/home.peb", "child home {{ site.care }}\n");
    Theme child = new ThemeLoader(root).load("child");
    PageRenderer renderer = new PageRenderer(child, Map.of("not_found", "页面不存在"), root, QrErrorCorrection.M);
    Site site = site(Edition.STANDARD);

    assertThat(html(renderer.home(site))).isEqualTo("child home false");
    assertThat(html(renderer.notFound(site))).isEqualTo("页面不存在");
  }

  @Test
  void headScriptIsRenderedOnceAndHashedForTheContentSecurityPolicy() throws IOException {
    write("themes/x/templates/home.peb", "<script>{{ headScript.source | raw }}</script> {{ headScript.cspHash | raw }}\n");

    String html = html(renderer().home(site(Edition.STANDARD)));

    assertThat(html).isEqualTo("<script>document.documentElement.classList.add(\"js\");</script> 'sha256-WZRJfWvsnNCPcxzZwvyhovnZGqhZaC+8gPGPRbx6wTk='");
  }

  @Test
  void assetFunctionLinksTheFingerprintedNameOfTheNearestThemesFile() throws IOException {
    write("themes/x/assets/css/site.css", "body{}"); // sha256sum: 7c98040a54…
    write("themes/child/theme.yaml", "extends: x\n");
    write("themes/child/assets/js/gongkai.js", "js();"); // 39a14adb7d…
    write("themes/child/templates/home.peb", "{{ asset('css/site.css') }} {{ asset('js/gongkai.js') }}\n");
    PageRenderer renderer = new PageRenderer(new ThemeLoader(root).load("child"), Map.of(), root, QrErrorCorrection.M);

    assertThat(html(renderer.home(site(Edition.CARE)))).isEqualTo("/jtj/assets/css/site.7c98040a54.css /jtj/assets/js/gongkai.39a14adb7d.js");
  }

  @Test
  void assetTheThemeDoesNotHaveIsAProblemAtTheTemplatesLine() throws IOException {
    write("themes/x/assets/css/site.css", "body{}");
    write("themes/x/templates/home.peb", "<head>\n{{ asset('css/sight.css') }}\n");

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> renderer().home(site(Edition.STANDARD)));

    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly("themes/x/templates/home.peb:2:1: error: template error: asset(css/sight.css): no such file in the theme's assets/"
            + " — name a file under assets/, e.g. asset('css/site.css'); the theme has css/site.css — fix the template");
  }

  @Test
  void theAssetsAMissingOneCouldBeAreListedInNameOrder() throws IOException {
    // Issue 22: the list came from a Map.copyOf, whose order changes from run to run.
    for (String name : List.of("js/z.js", "css/site.css", "img/m.png", "css/a.css", "fonts/b.woff2", "js/a.js", "x.txt")) {
      write("themes/x/assets/" + name, "x");
    }
    write("themes/x/templates/home.peb", "{{ asset('css/sight.css') }}\n");

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> renderer().home(site(Edition.STANDARD)));

    assertThat(e.problems().get(0).toString())
        .contains("the theme has css/a.css, css/site.css, fonts/b.woff2, img/m.png, js/a.js, js/z.js, x.txt — fix the template");
  }

  @Test
  void missingTemplateIsAProblem() throws IOException {
    Files.delete(root.resolve("themes/x/templates/404.peb"));

    BuildFailedException e = catchThrowableOfType(BuildFailedException.class, () -> renderer().notFound(site(Edition.STANDARD)));

    assertThat(e.problems()).extracting(Object::toString).containsExactly("themes/x/templates: error: template error: Could not find template \"404.peb\" — fix the template");
  }

  private static String html(byte[] page) {
    return new String(page, java.nio.charset.StandardCharsets.UTF_8);
  }
}
