import gongkai.content.Content;
import gongkai.content.ContentLoader;
import gongkai.content.ContentParser;
import gongkai.content.ReportFolder;
import gongkai.markdown.MarkdownRenderer;
import gongkai.output.OutputFile;
import gongkai.output.SearchIndex;
import gongkai.output.SearchIndexBuilder;
import gongkai.output.SearchIndexWriter;
import gongkai.site.Edition;
import gongkai.site.Site;
import gongkai.site.SiteAssembler;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * CPU time of the search index alone (SearchIndex.of, then SearchIndexWriter.write) on a built
 * site's content, outside a whole build, so a change to the index can be measured by itself.
 *
 *   mvn -B -q -DskipTests package
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp generator/target/gongkai.jar \
 *       generator/bench/SearchIndexBench.java /work/bench/site-10000 [runs]
 *
 * Same JVM options as the launcher (./gongkai): C1 only. Prints, per run, the process CPU time
 * (all threads, GC included) and wall time of each step, and a digest of the files written, which
 * must not change when only the speed does. First, the heap the builder keeps for the site's
 * reports, and with the index it built (run with -XX:+UseSerialGC so System.gc() is a full one).
 */
public class SearchIndexBench {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Content content = ContentParser.parse(new ContentLoader(root).load(), null);
    Site site = SiteAssembler.assemble(content, new MarkdownRenderer()
        .renderAll(content, new ReportFolder(root.resolve("content")), SiteAssembler.fileAddress(content)), false, Edition.STANDARD);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf("%d reports%n", site.reports().size());
    // The heap the builder keeps between the first add and build(): what a streaming build holds.
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    SearchIndexBuilder builder = new SearchIndexBuilder(site);
    site.reports().parallelStream().forEach(r -> builder.add(r, r.body().html()));
    System.gc();
    long kept = memory.getHeapMemoryUsage().getUsed() - before;
    SearchIndex built = builder.build();
    System.gc();
    long withIndex = memory.getHeapMemoryUsage().getUsed() - before;
    System.out.printf("builder keeps %.1f MB (%d bytes a report); with the built index %.1f MB%n",
        kept / 1e6, kept / site.reports().size(), withIndex / 1e6);
    builder.hashCode(); built.hashCode();
    for (int run = 1; run <= runs; run++) {
      System.gc();
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      SearchIndex index = SearchIndex.of(site);
      long cpu1 = os.getProcessCpuTime();
      long wall1 = System.nanoTime();
      List<OutputFile> files = SearchIndexWriter.write(index);
      long cpu2 = os.getProcessCpuTime();
      long wall2 = System.nanoTime();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long bytes = 0;
      for (OutputFile f : files) {
        sha.update(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] b = f.bytes();
        sha.update(b);
        bytes += b.length;
      }
      long postings = index.terms().values().stream().mapToLong(p -> p.length).sum();
      System.out.printf("run %d: index %d ms CPU (%d ms wall), write %d ms CPU (%d ms wall); %d terms, %d postings, %d files, %d bytes, sha256 %s%n",
          run, (cpu1 - cpu0) / 1_000_000, (wall1 - wall0) / 1_000_000, (cpu2 - cpu1) / 1_000_000, (wall2 - wall1) / 1_000_000,
          index.terms().size(), postings, files.size(), bytes, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }
  }
}
