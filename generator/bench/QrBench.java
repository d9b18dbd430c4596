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
 * CPU time of the per-page QR code: the inline SVG that qr_svg builds for every page, under the JVM
 * options the launcher uses (C1 only, serial collector):
 *
 * <pre>
 *   mvn -B -o -q compile
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
 *     -cp generator/target/classes:$HOME/.m2/repository/com/google/zxing/core/3.5.3/core-3.5.3.jar \
 *     generator/bench/QrBench.java [rounds] [sample|chinese]
 * </pre>
 *
 * {@code sample} (the default) is the 23,000 page addresses of a 10,000-report build (both editions
 * and the lists), 50–60 characters, versions 3–4 at error correction M. {@code chinese} is 2,000
 * addresses of a site with Chinese folder and file names, percent-encoded as pages carry them: about
 * 390 characters (337–433), versions 14–16 (73–81 modules), the symbols wider than one 64-bit word per row.
 *
 * <p>It prints the thread CPU time of each round (the first rounds include the JIT's compiling) and
 * a SHA-256 of every SVG of a round, so two versions of the code can be compared for speed and for
 * identical bytes in one command each.
 */
public class QrBench {
  private static final String LABEL = "扫码使用手机浏览本页内容 ";

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    String mode = args.length > 1 ? args[1] : "sample";
    List<String> urls = switch (mode) {
      case "sample" -> sampleUrls();
      case "chinese" -> chineseUrls();
      default -> throw new IllegalArgumentException("mode " + mode + ": sample or chinese");
    };
    // Reached by reflection, so the bench runs against any version of the classes on the class path.
    Class<?> type = Class.forName("gongkai.qr.QrCodeSvg");
    Constructor<?> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object qr = constructor.newInstance();
    Method svg = type.getDeclaredMethod("svg", String.class, String.class);
    svg.setAccessible(true);


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
    int[] lengths = urls.stream().mapToInt(String::length).sorted().toArray();
    System.out.printf("%s: %,d addresses of %d–%d characters (median %d)%n", mode, urls.size(), lengths[0],
        lengths[lengths.length - 1], lengths[lengths.length / 2]);
    System.out.printf("best round: %,d ms CPU (%.1f µs per QR code); SVG sha256 %s%n", best / 1_000_000,
        best / 1000.0 / urls.size(), digest);
  }

  /** The 23,000 page addresses of the sample site's 10,000-report build. */
  private static List<String> sampleUrls() {
    List<String> urls = new ArrayList<>(23_000);
    for (int i = 0; urls.size() < 23_000; i++) {
      String path = String.format("jtj/gkml/%d/r%06d/", 2015 + i % 10, i);
      urls.add("https://www.example.gov.cn/" + path);
      urls.add("https://www.example.gov.cn/care/" + path);
    }
    return urls;
  }

  /**
   * 2,000 addresses of a site whose folders and files have Chinese names (section, year, a report
   * title of a dozen characters, a serial), percent-encoded as UTF-8, as the pages link them.
   */
  private static List<String> chineseUrls() {
    String[] sections = {"通知公告", "政策文件", "规划计划", "财政资金", "人事信息", "建议提案办理"};
    String[] words = {"基准", "地价", "调整", "方案", "公示", "关于", "印发", "实施", "意见", "管理", "办法",
        "交通", "运输", "年度", "报告", "工作", "要点", "征求", "社会", "公众"};
    List<String> urls = new ArrayList<>(2_000);
    for (int i = 0; urls.size() < 2_000; i++) {
      StringBuilder title = new StringBuilder();
      for (int w = 0; w < 14 + i % 5; w++) {
        title.append(words[(i * 7 + w * 3 + w * w) % words.length]);
      }
      String path = "jtj/" + sections[i % sections.length] + "/" + (2015 + i % 10) + "年/" + title + "-" + (i % 97) + "/";
      String url = "https://www.example.gov.cn/" + percentEncoded(path);
      urls.add(url);
      urls.add("https://www.example.gov.cn/care/" + url.substring("https://www.example.gov.cn/".length()));
    }
    return urls;
  }

  private static String percentEncoded(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      out.append(b >= 0 ? Character.toString((char) b) : String.format("%%%02X", b & 0xff));
    }
    return out.toString();
  }
}
