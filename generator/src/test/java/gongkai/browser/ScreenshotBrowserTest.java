package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestSites;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Full-page screenshots of the seed page in both editions at a desktop and a phone width, kept in
 * {@code generator/target/screenshots/} for people to look at (and for the README).
 */
class ScreenshotBrowserTest extends BrowserTestBase {
  static final Path DIR = TestSites.projectRoot().resolve("generator/target/screenshots");

  @ParameterizedTest(name = "{0}-{1}.png")
  @CsvSource({"standard, 1280", "standard, 375", "care, 1280", "care, 375"})
  void seedPageScreenshotIsAFullPagePngOfTheViewportWidth(String edition, int width) throws Exception {
    open(edition.equals("care") ? "care/" + SEED : SEED, width);
    byte[] png = browser.fullPageScreenshot();
    Path file = DIR.resolve(edition + "-" + width + ".png");
    Files.createDirectories(DIR);
    Files.write(file, png);

    assertThat(file).isRegularFile();
    assertThat(Files.size(file)).as("%s is more than a blank page", file).isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).as("%s width", file).isEqualTo(width);
    assertThat(image.getHeight()).as("%s covers the whole page, beyond one screen", file)
        .isGreaterThan(HEIGHT);
  }
}
