import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * CPU time of the per-page QR code: the inline SVG that qr_svg builds for every page, for the
 * 23,000 page addresses of a 10,000-report build (both editions and the lists), under the JVM
 * options the launcher uses (C1 only, serial collector):
 *
 * <pre>
 *   mvn -B -o -q compile
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
 *     -cp generator/target/classes:$HOME/.m2/repository/com/google/zxing/core/3.5.3/core-3.5.3.jar \
 *     generator/bench/QrBench.java [rounds]
 * </pre>
 *
 * It prints the thread CPU time of each round (the first rounds include the JIT's compiling) and a
 * SHA-256 of every SVG of a round, so two versions of the code can be compared for speed and for
 * identical bytes in one command each.
 */
public class QrBench {
  private static final int PAGES = 23_000;
  private static final String LABEL = "扫码使用手机浏览本页内容 ";

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    // QrCodeSvg is package-private: reached by reflection, as the bench runs outside the package.
    Class<?> type = Class.forName("gongkai.theme.QrCodeSvg");
    Constructor<?> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object qr = constructor.newInstance();
    Method svg = type.getDeclaredMethod("svg", String.class, String.class);
    svg.setAccessible(true);

    List<String> urls = new ArrayList<>(PAGES);
    for (int i = 0; urls.size() < PAGES; i++) {
      String path = String.format("jtj/gkml/%d/r%06d/", 2015 + i % 10, i);
      urls.add("https://www.example.gov.cn/" + path);
      urls.add("https://www.example.gov.cn/care/" + path);
    }

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    String digest = null;
    for (int round = 1; round <= rounds; round++) {
      String[] out = new String[urls.size()];
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < out.length; i++) {
        String url = urls.get(i);
        out[i] = (String) svg.invoke(qr, url, LABEL + url);
      }
      long cpu = threads.getCurrentThreadCpuTime() - start;
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long bytes = 0;
      for (String one : out) {
        byte[] utf8 = one.getBytes(StandardCharsets.UTF_8);
        sha.update(utf8);
        bytes += utf8.length;
      }
      String hex = HexFormat.of().formatHex(sha.digest());
      if (digest != null && !digest.equals(hex)) {
        throw new IllegalStateException("round " + round + " gave different SVG: " + hex);
      }
      digest = hex;
      best = Math.min(best, cpu);
      System.out.printf("round %d: %,d QR codes, %,d ms CPU, %,d bytes of SVG%n", round, urls.size(), cpu / 1_000_000, bytes);
    }
    System.out.printf("best round: %,d ms CPU (%.1f µs per QR code); SVG sha256 %s%n", best / 1_000_000, best / 1000.0 / PAGES, digest);
  }
}
