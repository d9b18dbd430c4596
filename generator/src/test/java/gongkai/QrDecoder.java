package gongkai;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads QR codes back from pixels, as a phone would, never from the encoder's module matrix. SVGs
 * are rasterised with {@code rsvg-convert} (Debian librsvg2-bin) and read with ZXing; {@code
 * zbarimg} (zbar-tools) is a second, independent reader. Public for the browser and print tests,
 * which decode screenshots and PDF page renders.
 */
public final class QrDecoder {
  private static final long TIMEOUT_SECONDS = 30;
  // Two pixels per module even for the largest code (version 40: 177 modules and the quiet zone).
  private static final int DECODE_WIDTH = 400;

  private QrDecoder() {}

  /** Rasterises {@code svg} with rsvg-convert and returns the text ZXing reads from the image. */
  public static String decodeSvg(String svg) {
    return decodePng(svgToPng(svg, DECODE_WIDTH));
  }

  /** A PNG of {@code svg}, {@code width} pixels wide, on white, as rsvg-convert draws it. */
  public static byte[] svgToPng(String svg, int width) {
    requireTool("rsvg-convert", "librsvg2-bin");
    Path dir = createTempDirectory();
    try {
      Path in = Files.writeString(dir.resolve("in.svg"), svg, StandardCharsets.UTF_8);
      Path out = dir.resolve("out.png");
      int exit = run(dir, out, "rsvg-convert", "--width", Integer.toString(width), "--background-color", "white", "--format", "png", in.toString());
      if (exit != 0) {
        throw new AssertionError("rsvg-convert exited with " + exit + ": " + stderr(dir));
      }
      return Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteRecursively(dir);
    }
  }

  /** The text of the QR code in a PNG (or any image ImageIO reads), read by ZXing. */
  public static String decodePng(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new AssertionError("not an image ImageIO can read (" + png.length + " bytes)");
      }
      return decodePng(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the QR code in {@code image}, read by ZXing; fails if there is none. */
  public static String decodePng(BufferedImage image) {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    try {
      return new QRCodeReader().decode(bitmap, hints).getText();
    } catch (ReaderException first) {
      // QRCodeReader keeps the three likeliest finder patterns only, and some valid codes have a
      // finder-like run in their data that wins (e.g. the code of /jtj/tzgg/ with mask 5; zbarimg and
      // phones read it). ZXing's multi reader weighs every candidate triple, as scanning apps do.
    }
    try {
      Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, hints);
      if (Arrays.stream(results).map(Result::getText).distinct().count() != 1) {
        throw new AssertionError("ZXing read several different QR codes in the image: " + Arrays.toString(results));
      }
      return results[0].getText();
    } catch (ReaderException e) {
      throw new AssertionError(
          "ZXing read no QR code in the " + image.getWidth() + "×" + image.getHeight() + " image: "
              + e.getClass().getSimpleName(),
          e);
    }
  }

  /** The text zbarimg reads from {@code png}, without its trailing newline; fails if there is none. */
  public static String decodeWithZbar(byte[] png) {
    requireTool("zbarimg", "zbar-tools");
    Path dir = createTempDirectory();
    try {
      Path in = Files.write(dir.resolve("in.png"), png);
      Path out = dir.resolve("out.txt");
      int exit = run(dir, out, "zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", in.toString());
      // zbarimg exits with 4 when the image holds no code it can read.
      if (exit == 4) {
        throw new AssertionError("zbarimg read no QR code in the image");
      }
      if (exit != 0) {
        throw new AssertionError("zbarimg exited with " + exit + ": " + stderr(dir));
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteRecursively(dir);
    }
  }

  /**
   * Fails (on CI, where {@code CI=true}) or skips the calling test with a loud banner (elsewhere) when
   * {@code command} is not on the PATH, naming the Debian package that provides it.
   */
  public static void requireTool(String command, String debianPackage) {
    if (onPath(command)) {
      return;
    }
    String message = command + " is not installed — install the Debian package " + debianPackage
        + " (apt-get install " + debianPackage + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(message + "; CI must not skip the QR code tests");
    }
    String rule = "*".repeat(72);
    System.err.println(rule + "\nSKIPPED: " + message + "\n" + rule);
    Assumptions.abort(message);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(File.pathSeparator))
            .filter(dir -> !dir.isEmpty())
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  // Output goes to files: nothing has to be pumped while the process runs, so no pipe can fill up.
  private static int run(Path dir, Path stdout, String... command) throws IOException {
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    process.getOutputStream().close();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError(command[0] + " was interrupted", e);
    }
    return process.exitValue();
  }

  private static String stderr(Path dir) throws IOException {
    return Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8).strip();
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("gongkai-qr");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
