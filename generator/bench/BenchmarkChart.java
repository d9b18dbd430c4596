import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the benchmark's full-build times against the number of reports, gongkai beside Hugo, as a
 * small self-contained SVG for the README: {@code java BenchmarkChart.java results.csv "<machine>" out.svg}.
 * Each point is the median of the full builds of the {@code sample} shape at that size.
 */
public final class BenchmarkChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 360;
  private static final int LEFT = 64;
  private static final int RIGHT = 24;
  private static final int TOP = 48;
  private static final int BOTTOM = 80;

  public static void main(String[] args) throws IOException {
    // results.csv: reports,shape,tool,run,seconds,peak_rss_mb; the chart is the sample shape's
    // full builds, the median of each tool's runs at each size.
    Map<String, TreeMap<Integer, List<Double>>> runs = new TreeMap<>();
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      if (f[1].equals("sample") && f[3].startsWith("full")) {
        runs.computeIfAbsent(f[2], k -> new TreeMap<>())
            .computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>())
            .add(Double.parseDouble(f[4]));
      }
    }
    Map<String, TreeMap<Integer, Double>> series = new TreeMap<>();
    runs.forEach((tool, bySize) -> bySize.forEach((n, times) ->
        series.computeIfAbsent(tool, k -> new TreeMap<>()).put(n, median(times))));
    Files.writeString(Path.of(args[2]), svg(series, args[1]));
  }

  static double median(List<Double> times) {
    List<Double> sorted = times.stream().sorted().toList();
    int m = sorted.size();
    return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
  }

  static String svg(Map<String, TreeMap<Integer, Double>> series, String machine) {
    int maxN = series.values().stream().flatMap(s -> s.keySet().stream()).max(Integer::compare).orElse(1);
    double maxT = series.values().stream().flatMap(s -> s.values().stream()).max(Double::compare).orElse(1.0);
    double tickT = niceStep(maxT / 4);
    double top = Math.ceil(maxT / tickT) * tickT;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"t d\" font-family=\"sans-serif\" font-size=\"13\">%n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    out.append("<title id=\"t\">Full build time against number of reports: gongkai (two editions, QR codes) and Hugo (one edition)</title>\n");
    out.append("<desc id=\"d\">");
    series.forEach((tool, points) -> points.forEach((n, t) ->
        out.append(String.format(Locale.ROOT, "%s %d reports %.2f s. ", tool, n, t))));
    out.append("Machine: ").append(escape(machine)).append("</desc>\n");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Full build, seconds (lower is better)</text>%n", LEFT));
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    for (double t = 0; t <= top + 1e-9; t += tickT) {
      double y = TOP + plotH - t / top * plotH;
      out.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>", LEFT, WIDTH - RIGHT, y, y));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">%s</text>%n", LEFT - 8, y + 4, trim(t)));
    }
    List<Integer> ns = new ArrayList<>(series.values().iterator().next().keySet());
    for (int n : ns) {
      double x = LEFT + (double) n / maxN * plotW;
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%,d</text>%n", x, TOP + plotH + 18, n));
    }
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">reports</text>%n", LEFT + plotW / 2, TOP + plotH + 38));
    String[] colours = {"#b3000c", "#1f4e9c"}; // gongkai red, Hugo blue; both ≥ 4.5:1 on white
    String[] dashes = {"", " stroke-dasharray=\"6 4\""};
    int i = 0;
    for (var entry : series.entrySet()) {
      StringBuilder points = new StringBuilder();
      for (var p : entry.getValue().entrySet()) {
        double x = LEFT + (double) p.getKey() / maxN * plotW;
        double y = TOP + plotH - p.getValue() / top * plotH;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, colours[i % 2]));
      }
      out.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s points=\"%s\"/>%n",
          colours[i % 2], dashes[i % 2], points.toString().strip()));
      double lastT = entry.getValue().lastEntry().getValue();
      // The slowest tool's label above its last point, the others below theirs: equal times must
      // not print one label over the other.
      boolean slowest = series.values().stream().allMatch(other -> other.lastEntry().getValue() <= lastT)
          && series.entrySet().stream().filter(e -> e.getValue().lastEntry().getValue() == lastT).findFirst().get().getKey().equals(entry.getKey());
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"%s\" font-weight=\"bold\">%s %.1f s</text>%n",
          WIDTH - RIGHT - 6, TOP + plotH - lastT / top * plotH + (slowest ? -10 : 30), colours[i % 2], entry.getKey(), lastT));
      i++;
    }
    // The machine on two lines, split before its Java version, so it fits the chart's width.
    int split = machine.indexOf(", openjdk");
    String first = split < 0 ? machine : machine.substring(0, split + 1);
    String second = split < 0 ? "" : machine.substring(split + 2);
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\">%s</text>%n", LEFT, HEIGHT - 20, escape(first)));
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\">%s</text>%n", LEFT, HEIGHT - 6, escape(second)));
    out.append("</svg>\n");
    return out.toString();
  }

  private static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * magnitude >= raw) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String trim(double t) {
    return t == Math.rint(t) ? Long.toString((long) t) : String.format(Locale.ROOT, "%.1f", t);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
