package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The CI recipes in docs/ci/ call gongkai as it is: every {@code gongkai <command> <options>}
 * line they run (the installed release's launcher, on the PATH) parses against cli.Main's picocli model (an unknown command, option or a missing
 * option value fails here, not in a bureau's CI), they check before they build, and they publish
 * {@code public/}.
 */
class CiRecipesTest {
  static final Path CI = TestSites.projectRoot().resolve("docs/ci");
  /**
   * A command line that runs {@code gongkai …} — a shell line, a YAML {@code run:} or a {@code - }
   * script item — up to the end of the line (a shell or YAML comment after it is dropped).
   */
  private static final Pattern CALL =
      Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]+)?(?:run:[ \\t]*)?gongkai((?:[ \\t]+(?:\"[^\"\\n]*\"|[^\\s\"#]+))*)");
  private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  /** The command lines a recipe runs, split as the shell would; CI variables stand in as an address. */
  static List<List<String>> calls(String recipe) throws IOException {
    List<List<String>> calls = new ArrayList<>();
    Matcher call = CALL.matcher(Files.readString(CI.resolve(recipe)));
    while (call.find()) {
      List<String> args = new ArrayList<>();
      Matcher token = TOKEN.matcher(call.group(1));
      while (token.find()) {
        String arg = token.group(1) != null ? token.group(1) : token.group(2);
        args.add(arg.contains("$") ? "https://ci.example.org/site/" : arg);
      }
      calls.add(args);
    }
    return calls;
  }

  @ParameterizedTest
  @ValueSource(strings = {"github-pages.yml", "gitlab-ci.yml", "deploy-rsync.sh"})
  void everyGongkaiCallParsesAgainstTheCommandLine(String recipe) throws IOException {
    List<List<String>> calls = calls(recipe);
    assertThat(calls).as(recipe).isNotEmpty();

    List<String> unknown = new ArrayList<>();
    for (List<String> args : calls) {
      try {
        new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        unknown.add("gongkai " + String.join(" ", args) + " → " + e.getMessage());
      }
    }
    assertThat(unknown).as("%s calls what gongkai does not have", recipe).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"github-pages.yml", "gitlab-ci.yml", "deploy-rsync.sh"})
  void recipesCheckFirstThenBuild(String recipe) throws IOException {
    List<String> commands = calls(recipe).stream().map(args -> args.get(0)).toList();

    assertThat(commands).as(recipe).containsExactly("check", "build");
  }

  @Test
  void gitHubRecipeAnnotatesProblemsAndPublishesPublic() throws IOException {
    assertThat(calls("github-pages.yml").get(0)).containsExactly("check", "--format", "github");

    JsonNode workflow = yaml("github-pages.yml");
    JsonNode steps = workflow.at("/jobs/build/steps");
    JsonNode upload = null;
    for (JsonNode step : steps) {
      if (step.path("uses").asText().startsWith("actions/upload-pages-artifact@")) {
        upload = step;
      }
    }
    assertThat(upload).as("a step uploads the Pages artifact").isNotNull();
    assertThat(upload.at("/with/path").asText()).isEqualTo("public");
    assertThat(workflow.at("/jobs/deploy/steps/0/uses").asText()).startsWith("actions/deploy-pages@");
  }

  @Test
  void gitLabRecipePublishesPublicAsPages() throws IOException {
    JsonNode pipeline = yaml("gitlab-ci.yml");

    assertThat(pipeline.at("/pages/artifacts/paths/0").asText()).isEqualTo("public");
    assertThat(pipeline.at("/check/script/0").asText()).isEqualTo("gongkai check");
    // The release is pinned and cached under a key that changes with it.
    assertThat(pipeline.at("/variables/GONGKAI_VERSION").asText()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(pipeline.at("/cache/key").asText()).isEqualTo("gongkai-$GONGKAI_VERSION");
    assertThat(pipeline.at("/cache/paths/0").asText()).isEqualTo(".gongkai/");
  }

  @Test
  void gitHubRecipeInstallsAPinnedReleaseAndCachesItByVersion() throws IOException {
    JsonNode workflow = yaml("github-pages.yml");
    assertThat(workflow.at("/env/GONGKAI_VERSION").asText()).matches("\\d+\\.\\d+\\.\\d+");
    JsonNode cache = null;
    for (JsonNode step : workflow.at("/jobs/build/steps")) {
      if (step.path("uses").asText().startsWith("actions/cache@")) {
        cache = step;
      }
      assertThat(step.path("with").path("cache").asText()).as("no Maven cache: nothing is built").isEmpty();
    }
    assertThat(cache).as("a step caches the release").isNotNull();
    assertThat(cache.at("/with/path").asText()).isEqualTo(".gongkai");
    assertThat(cache.at("/with/key").asText()).isEqualTo("gongkai-${{ env.GONGKAI_VERSION }}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"github-pages.yml", "gitlab-ci.yml", "deploy-rsync.sh"})
  void noRecipeRunsTheGeneratorCheckout(String recipe) throws IOException {
    assertThat(Files.readString(CI.resolve(recipe))).doesNotContain("./gongkai").doesNotContain("mvn ").contains("$GONGKAI_RELEASES/gongkai-$GONGKAI_VERSION.tar.gz");
  }

  @Test
  void rsyncRecipeIsValidShellAndCopiesPublic() throws IOException, InterruptedException {
    Process sh = new ProcessBuilder("sh", "-n", CI.resolve("deploy-rsync.sh").toString()).redirectErrorStream(true).start();
    String output = new String(sh.getInputStream().readAllBytes());

    assertThat(sh.waitFor()).as("sh -n: %s", output).isZero();
    assertThat(Files.readString(CI.resolve("deploy-rsync.sh"))).contains("public/ \"$DEPLOY_TARGET\"");
    assertThat(Files.isExecutable(CI.resolve("deploy-rsync.sh"))).isTrue();
  }

  @Test
  void anUnknownCommandOrOptionInARecipeWouldFailThisTest() {
    assertThatCode(() -> new CommandLine(new Main()).parseArgs("biuld")).isInstanceOf(CommandLine.ParameterException.class);
    assertThatCode(() -> new CommandLine(new Main()).parseArgs("build", "--base-url")).isInstanceOf(CommandLine.ParameterException.class);
    assertThatCode(() -> new CommandLine(new Main()).parseArgs("build", "--outt", "x")).isInstanceOf(CommandLine.ParameterException.class);
  }

  private static JsonNode yaml(String recipe) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(CI.resolve(recipe).toFile());
  }
}
