package gongkai.markdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's size in pixels, read from its header. Written into {@code <img width height>} so the
 * browser reserves the space before the image arrives and the text does not jump (WCAG 2.2, 2.2.2
 * and the "layout shift" part of 1.4.10 Reflow; the CSS keeps images within the column).
 *
 * @param width pixels across
 * @param height pixels down
 */
public record ImageSize(int width, int height) {
  public ImageSize {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
  }

  /**
   * The size of the image in {@code file}, for the formats the JDK reads (PNG, JPEG, GIF, BMP,
   * TIFF); empty for others (SVG, WebP) and for a file that is not a readable image.
   */
  public static Optional<ImageSize> read(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // A damaged image is still published as it is; the page only loses the reserved space.
      return Optional.empty();
    }
  }
}
