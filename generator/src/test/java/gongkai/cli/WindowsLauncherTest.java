package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/gongkai.cmd}, read as cmd.exe would read it, since no Windows runs these tests: the
 * lines that find Java and the jar, keep the code page and pass the arguments on.
 * (ReleaseArchiveTest checks that the release has it with CRLF line ends.)
 */
class WindowsLauncherTest {
  private static final Path SCRIPT = Path.of("src/assembly/bin/gongkai.cmd");

  private final String text;
  private final List<String> lines;

  WindowsLauncherTest() throws IOException {
    byte[] bytes = Files.readAllBytes(SCRIPT);
    text = new String(bytes, StandardCharsets.UTF_8);
    lines = text.lines().toList();
  }

  /** The lines cmd.exe runs: no comments, no blank lines. */
  private List<String> commands() {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.regionMatches(true, 0, "rem", 0, 3)).toList();
  }

  @Test
  void itIsAsciiUntilTheCodePageIsUtf8AndHasNoByteOrderMark() {
    // cmd.exe reads each line in the console's code page: Chinese text is safe only after chcp 65001.
    assertThat(text).doesNotStartWith("\uFEFF").startsWith("@echo off");
    String before = text.substring(0, text.indexOf("chcp 65001"));
    assertThat(before.chars()).allMatch(c -> c < 128);
    assertThat(commands()).contains("if not \"%GONGKAI_OLD_CP%\"==\"65001\" chcp 65001 >nul");
    assertThat(commands().get(commands().size() - 2))
        .isEqualTo("if defined GONGKAI_OLD_CP if not \"%GONGKAI_OLD_CP%\"==\"65001\" chcp %GONGKAI_OLD_CP% >nul");
  }

  @Test
  void everyLineIsACommentALabelOrACommandCmdHas() {
    List<String> words = List.of("@echo off", "setlocal ", "set ", "if ", "for ", "chcp ", "echo ", "goto ", ":", "endlocal ",
        "\"%GONGKAI_JAVA%\" ");
    assertThat(commands()).allSatisfy(line -> assertThat(words).anyMatch(line::startsWith));
  }

  @Test
  void theJarIsFoundFromTheScriptsOwnFolderAndEveryPathIsQuoted() {
    assertThat(commands()).contains("set \"GONGKAI_JAR=%~dp0..\\lib\\gongkai.jar\"");
    String java = commands().stream().filter(l -> l.startsWith("\"%GONGKAI_JAVA%\"")).findFirst().orElseThrow();
    assertThat(java).contains("-jar \"%GONGKAI_JAR%\" %*").endsWith("%*");
    // A path inside ( … ) ends the block at its own ")": C:\Program Files (x86)\Java.
    assertThat(commands()).noneMatch(l -> l.endsWith("(") || l.startsWith(")"));
  }

  @Test
  void outputIsUtf8() {
    String java = commands().stream().filter(l -> l.startsWith("\"%GONGKAI_JAVA%\"")).findFirst().orElseThrow();
    assertThat(java).contains("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "%GONGKAI_JNU%");
    // Only where Windows' own code page is UTF-8: elsewhere Java reads arguments in that code page.
    assertThat(commands()).anyMatch(l -> l.contains("\\Nls\\CodePage\" /v ACP") && l.endsWith("set \"GONGKAI_JNU=-Dsun.jnu.encoding=UTF-8\""));
  }

  @Test
  void javaComesFromJavaHomeThenPathAndItsAbsenceIsToldInChinese() {
    assertThat(commands()).containsSubsequence(
        "if not defined JAVA_HOME goto java_on_path",
        "set \"GONGKAI_JAVA=%JAVA_HOME%\\bin\\java.exe\"",
        "if exist \"%GONGKAI_JAVA%\" goto run",
        ":java_on_path",
        "for %%j in (java.exe) do set \"GONGKAI_JAVA=%%~$PATH:j\"",
        "if defined GONGKAI_JAVA goto run",
        "echo gongkai：找不到 Java。请安装 Java 17 或更新版本，然后设置 JAVA_HOME，或把 java.exe 所在的文件夹加入 PATH。 1>&2",
        "set \"GONGKAI_RC=9009\"",
        ":run");
  }

  @Test
  void theExitCodeIsGongkaisOwn() {
    assertThat(commands()).containsSubsequence("set \"GONGKAI_RC=%ERRORLEVEL%\"", ":end", "endlocal & exit /b %GONGKAI_RC%");
    assertThat(commands().get(commands().size() - 1)).isEqualTo("endlocal & exit /b %GONGKAI_RC%");
  }
}
