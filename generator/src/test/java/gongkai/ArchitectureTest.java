package gongkai;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed arrows between packages, as ARCHITECTURE.md lists them ("Dependencies"): a package
 * may use only the packages listed for it. Data flows one way, content → markdown → site → check →
 * theme → output, and only the root package ({@code Build}, {@code Pipeline}, {@code SiteOutputs})
 * knows the order.
 */
class ArchitectureTest {
  /** Package (below {@code gongkai}; {@code ""} for the root) → the packages it may use. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("problem", Set.of()),
      Map.entry("cache", Set.of()),
      Map.entry("qr", Set.of()),
      Map.entry("annual", Set.of("problem")),
      Map.entry("content", Set.of("problem", "cache", "qr", "annual")),
      Map.entry("markdown", Set.of("content", "problem", "cache", "annual")),
      Map.entry("site", Set.of("content", "markdown", "problem")),
      Map.entry("check", Set.of("content", "markdown", "site", "theme", "problem", "cache", "annual")),
      Map.entry("theme", Set.of("site", "qr", "problem")),
      Map.entry("output", Set.of("content", "markdown", "site", "theme", "problem")),
      Map.entry("search", Set.of("content", "markdown", "site", "output", "problem")),
      Map.entry("", Set.of("content", "markdown", "site", "check", "theme", "output", "search", "cache", "problem")),
      Map.entry("serve", Set.of("", "content", "markdown", "site", "check", "theme", "output", "cache", "problem")),
      Map.entry("inspection", Set.of("check", "content", "site", "problem")),
      Map.entry("cli", Set.of("", "serve", "content", "check", "inspection", "output", "problem", "site", "annual")));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("gongkai");
  }

  @Test
  void packagesUseOnlyThePackagesArchitectureMdAllows() {
    Set<String> broken = new TreeSet<>();
    for (JavaClass c : classes) {
      String from = stage(c);
      Set<String> allowed = ALLOWED.get(from);
      assertThat(allowed).as("package gongkai.%s is not in ARCHITECTURE.md's list (ALLOWED)", from).isNotNull();
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (!target.getPackageName().startsWith("gongkai")) {
          continue;
        }
        String to = stage(target);
        if (!to.equals(from) && !allowed.contains(to)) {
          broken.add(label(from) + " → " + label(to) + ": " + d.getDescription());
        }
      }
    }
    assertThat(broken).as("arrows ARCHITECTURE.md does not allow").isEmpty();
  }

  @Test
  void noPackagesDependOnEachOtherInALoop() {
    slices().matching("gongkai.(*)..").should().beFreeOfCycles().check(classes);
    // The root package is no slice of that pattern; its arrows are one way by ALLOWED: no stage uses it.
    List<String> usersOfRoot = new ArrayList<>();
    ALLOWED.forEach((from, to) -> {
      if (to.contains("") && !from.equals("serve") && !from.equals("cli")) {
        usersOfRoot.add(from);
      }
    });
    assertThat(usersOfRoot).as("stages that may use the root package").isEmpty();
  }

  @Test
  void theAllowedArrowsAreTheOnesArchitectureMdLists() throws Exception {
    String doc = java.nio.file.Files.readString(TestSites.projectRoot().resolve("ARCHITECTURE.md"));
    for (var entry : ALLOWED.entrySet()) {
      String to = entry.getValue().isEmpty() ? "nothing" : String.join(", ", entry.getValue().stream().map(ArchitectureTest::label).sorted().toList());
      assertThat(doc).as("ARCHITECTURE.md lists %s's arrows", label(entry.getKey()))
          .contains("- `" + label(entry.getKey()) + "` → " + to);
    }
  }

  private static String stage(JavaClass c) {
    String name = c.getPackageName();
    return name.equals("gongkai") ? "" : name.substring("gongkai.".length()).split("\\.")[0];
  }

  private static String label(String stage) {
    return stage.isEmpty() ? "gongkai" : "gongkai." + stage;
  }
}
