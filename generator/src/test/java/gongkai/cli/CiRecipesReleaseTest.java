package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipes in docs/ci/ as a site repository runs them: each recipe's own shell commands (the
 * {@code run:} steps of the GitHub workflow, the {@code before_script} and {@code script} of the
 * GitLab jobs, the rsync script), in a site {@code gongkai init} made, with the release download
 * pointed at the {@code .tar.gz} {@code mvn package} made (curl reads {@code file://}) and nothing on
 * the PATH but the runner's basic tools: no Maven, no gongkai sources. It runs in Maven's verify
 * phase with ReleaseArchiveTest (generator/pom.xml); under {@code CI=true} a missing archive or
 * tool fails it instead of skipping it.
 */
class CiRecipesReleaseTest {
  private static final String VERSION = System.getProperty("gongkai.version");
  private static final Path ARCHIVE =
      Path.of(System.getProperty("gongkai.release", "target/gongkai-" + VERSION + ".tar.gz")).toAbsolutePath();
  /** The runner's tools the recipes use: sh and the commands an ubuntu-latest or temurin image has. */
  private static final List<String> TOOLS = List.of("sh", "curl", "tar", "gzip", "mkdir", "rm", "cp", "cat", "dirname");
  private static final String PAGES_URL = "https://ci.example.org/site";
  /** ${{ env.NAME }} and ${{ steps.pages.outputs.base_url }}, the expressions the workflow uses. */
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([a-z_.A-Z]+)\\s*}}");

  @TempDir Path tmp;
  private Path site;
  private Path tools;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void initSite() throws Exception {
    required(Files.isRegularFile(ARCHIVE), ARCHIVE + " is made by 'mvn package'; this test runs in 'mvn verify'");
    tools = Files.createDirectories(tmp.resolve("runner tools"));
    for (String tool : TOOLS) {
      String path = locate(tool);
      required(!path.isEmpty(), tool + " is needed to run the recipes");
      Files.createSymbolicLink(tools.resolve(tool), Path.of(path));
    }
    // The release itself inits the site, as a bureau would.
    Path release = Files.createDirectories(tmp.resolve("release"));
    assertThat(run(tmp, Map.of(), "tar", "-xzf", ARCHIVE.toString(), "-C", release.toString()).code()).isZero();
    site = tmp.resolve("站点 仓库");
    Run init = run(tmp, Map.of(), release.resolve("gongkai-" + VERSION + "/bin/gongkai").toString(), "init", site.toString());
    assertThat(init.code()).as(init.err()).isZero();
    InitCommandTest.fillPrompts(site);
  }

  /** The variables every recipe names, pointed at this build's release. */
  private Map<String, String> release() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GONGKAI_VERSION", VERSION);
    env.put("GONGKAI_RELEASES", ARCHIVE.getParent().toUri().toString().replaceAll("/$", ""));
    return env;
  }

  @Test
  void theGitHubWorkflowsStepsInstallCheckAndBuildThenTheCachedReleaseIsUsed() throws Exception {
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(CiRecipesTest.CI.resolve("github-pages.yml").toFile());
    Map<String, String> env = new LinkedHashMap<>();
    workflow.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    assertThat(env).containsKeys("GONGKAI_VERSION", "GONGKAI_RELEASES");
    env.putAll(release());
    env.put("GITHUB_ACTIONS", "true");
    List<String> steps = new ArrayList<>();
    for (JsonNode step : workflow.at("/jobs/build/steps")) {
      if (step.has("run")) {
        steps.add(expand(step.get("run").asText(), env));
      }
    }
    assertThat(steps).hasSize(3);

    List<Run> runs = runGitHubSteps(steps, env);
    assertThat(runs.get(1).out()).isEqualTo("检查了 2 条信息，没有发现问题。\n");
    assertThat(runs.get(2).out()).startsWith("已生成 2 条信息（");
    assertThat(Files.readString(site.resolve("public/sitemap.xml"))).contains(PAGES_URL + "/gkzn/zhinan/");
    assertThat(site.resolve(".gongkai/gongkai-" + VERSION + "/bin/gongkai")).isExecutable();

    // The next run restores .gongkai from the cache: nothing is downloaded (the address would fail).
    env.put("GONGKAI_RELEASES", "file:///nonexistent");
    runGitHubSteps(steps, env);
  }

  /** Runs each step in its own shell as Actions does, with what a step adds to $GITHUB_PATH on the PATH of the next. */
  private List<Run> runGitHubSteps(List<String> steps, Map<String, String> env) throws Exception {
    Path githubPath = Files.createTempFile(tmp, "github_path", "");
    List<Run> runs = new ArrayList<>();
    for (String step : steps) {
      Map<String, String> stepEnv = new LinkedHashMap<>(env);
      stepEnv.put("GITHUB_PATH", githubPath.toString());
      List<String> added = new ArrayList<>(Files.readAllLines(githubPath));
      java.util.Collections.reverse(added);
      added.add(tools.toString());
      stepEnv.put("PATH", String.join(":", added));
      Run run = run(site, stepEnv, "sh", "-e", "-c", step);
      assertThat(run.code()).as("%s\n%s%s", step, run.out(), run.err()).isZero();
      runs.add(run);
    }
    return runs;
  }

  private static String expand(String text, Map<String, String> env) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = name.equals("steps.pages.outputs.base_url") ? PAGES_URL
          : name.startsWith("env.") ? env.get(name.substring(4)) : null;
      assertThat(value).as("the test knows %s", m.group()).isNotNull();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  @Test
  void theGitLabJobsInstallCheckAndBuild() throws Exception {
    JsonNode pipeline = new ObjectMapper(new YAMLFactory()).readTree(CiRecipesTest.CI.resolve("gitlab-ci.yml").toFile());
    Map<String, String> env = new LinkedHashMap<>();
    pipeline.path("variables").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    env.putAll(release());
    env.put("CI_PAGES_URL", PAGES_URL);
    env.put("PATH", tools.toString());
    List<String> before = texts(pipeline.at("/default/before_script"));
    assertThat(before).isNotEmpty();

    // GitLab runs a job's before_script and script in one shell, and stops at the first failure.
    Run check = run(site, env, "sh", "-e", "-c", String.join("\n", concat(before, texts(pipeline.at("/check/script")))));
    assertThat(check.code()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).isEqualTo("检查了 2 条信息，没有发现问题。\n");
    Run pages = run(site, env, "sh", "-e", "-c", String.join("\n", concat(before, texts(pipeline.at("/pages/script")))));
    assertThat(pages.code()).as(pages.out() + pages.err()).isZero();
    assertThat(Files.readString(site.resolve("public/sitemap.xml"))).contains(PAGES_URL + "/ysqgk/shenqing/");
  }

  @Test
  void theRsyncScriptInstallsChecksBuildsAndCopiesPublic() throws Exception {
    Path script = site.resolve("ci/deploy-rsync.sh");
    Files.copy(CiRecipesTest.CI.resolve("deploy-rsync.sh"), script, StandardCopyOption.COPY_ATTRIBUTES);
    // The web server's folder, and an rsync that copies there (the runner has none, nor a server).
    Path server = tmp.resolve("www jtj");
    Path rsync = tools.resolve("rsync");
    Files.writeString(rsync, "#!/bin/sh\nfor a; do from=$to; to=$a; done\nmkdir -p \"$to\" && cp -R \"$from.\" \"$to\"\n");
    rsync.toFile().setExecutable(true);
    Map<String, String> env = new LinkedHashMap<>(release());
    env.put("PATH", tools.toString());
    env.put("DEPLOY_TARGET", server + "/");

    Run run = run(tmp, env, "sh", script.toString());

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).startsWith("检查了 2 条信息，没有发现问题。\n已生成 2 条信息（");
    assertThat(server.resolve("index.html")).exists();
    assertThat(server.resolve("gkzn/zhinan/index.html")).exists();
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Runs {@code command} in {@code dir} with only {@code env} and Java: no LANG, the PATH {@code env} gives. */
  private Run run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile());
    process.environment().clear();
    process.environment().put("JAVA_HOME", System.getProperty("java.home"));
    process.environment().put("PATH", tools == null ? "" : tools.toString());
    process.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    if (command[0].indexOf('/') < 0) {
      command[0] = locate(command[0]);
      process.command(command);
    }
    Process p = process.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Where the machine's {@code tool} is, or empty. */
  private static String locate(String tool) throws Exception {
    Process which = new ProcessBuilder("/bin/sh", "-c", "command -v " + tool + " || true").start();
    String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    which.waitFor();
    return path;
  }

  /** Skips without {@code condition}, except in CI ({@code CI=true}), where a skipped check is a failure. */
  private static void required(boolean condition, String why) {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(condition).as(why).isTrue();
    }
    assumeTrue(condition, why);
  }
}
