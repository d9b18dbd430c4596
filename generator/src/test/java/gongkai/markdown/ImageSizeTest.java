package gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizeTest {
  @TempDir Path dir;

  private Path image(String format, int width, int height) throws IOException {
    Path file = dir.resolve("image." + format);
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, file.toFile());
    return file;
  }

  @Test
  void pngJpegAndGifSizesAreReadFromTheHeader() throws IOException {
    assertThat(ImageSize.read(image("png", 640, 480))).contains(new ImageSize(640, 480));
    assertThat(ImageSize.read(image("jpg", 3, 7))).contains(new ImageSize(3, 7));
    assertThat(ImageSize.read(image("gif", 120, 1))).contains(new ImageSize(120, 1));
  }

  @Test
  void svgAndDamagedFilesHaveNoKnownSize() throws IOException {
    Path svg = Files.writeString(dir.resolve("a.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>");
    byte[] png = Files.readAllBytes(image("png", 10, 10));
    Path truncated = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(png, 12));

    assertThat(ImageSize.read(svg)).isEmpty();
    assertThat(ImageSize.read(truncated)).isEmpty();
    assertThat(ImageSize.read(dir.resolve("missing.png"))).isEmpty();
  }
}
