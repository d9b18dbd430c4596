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
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void helpOfServeListsItsOptions() {
    assertThat(run("help", "serve")).isZero();
    assertThat(out.toString().lines())
        .startsWith("Usage: gongkai serve [--drafts] [--host=ADDRESS] [--out=DIR] [--port=PORT]")
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
}
