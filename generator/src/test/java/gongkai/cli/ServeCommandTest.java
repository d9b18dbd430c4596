package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), english(args));
  }

  @Test
  void helpOfServeListsItsOptions() {
    assertThat(run("help", "serve")).isZero();
    assertThat(out.toString().lines())
        .startsWith("Usage: gongkai serve [--drafts] [--host=ADDRESS] [--lang=LANG] [--out=DIR]")
        .anyMatch(line -> line.contains("--host=ADDRESS") && line.contains("0.0.0.0"));
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--port must be between 0 and 65535, was 70000");
  }

  @Test
  void aPortInUseIsAUsageErrorNamingTheAddressNotAStackTrace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThat(run("serve", "--source", tmp.toString(), "--port", String.valueOf(port))).isEqualTo(Main.USAGE);
      assertThat(err.toString()).startsWith("gongkai: cannot listen on 127.0.0.1:" + port).doesNotContain("internal error");
    }
  }

  /** The expectations here are English; {@code --lang} before the command applies to it. */
  static String[] english(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "en";
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }
}
