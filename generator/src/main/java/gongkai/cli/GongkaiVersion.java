package gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this gongkai, as Maven wrote it into {@code gongkai/cli/version.properties}. */
final class GongkaiVersion {
  private GongkaiVersion() {}

  /** For example {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
  static String current() {
    try (InputStream in = GongkaiVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource gongkai/cli/version.properties");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
