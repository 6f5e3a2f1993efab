import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.pdf.PdfRenderer;
import dev.briefsmith.select.Selector;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The CPU time and size of rendering the sample's PDFs, warm, in one thread: run it on two builds
 * to compare them (how the cost of tagging was measured). From the project folder, after
 * ./mvnw -B -q -DskipTests package and ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt:
 *
 * <pre>java -cp target/classes:$(cat cp.txt) scripts/TagCost.java</pre>
 */
public class TagCost {
  public static void main(String[] a) throws Exception {
    var brief = new BriefLoader().load(Path.of("content/iraq-us-iran-2014.yaml")).orThrow();
    var bean = ManagementFactory.getThreadMXBean();
    PdfRenderer r = new PdfRenderer(new Fonts());
    for (String aud : new String[] {"analyst", "public", "executive"}) {
      var t = new TemplateLoader().load(Path.of("templates", aud)).value().orElseThrow();
      var doc = new Composer().compose(Selector.select(brief, t.maxSensitivity()), t, Instant.parse("2024-05-01T00:00:00Z"));
      int size = 0;
      for (int i = 0; i < 60; i++) size = r.render(doc).bytes().length; // warm up
      long[] ns = new long[100];
      for (int i = 0; i < ns.length; i++) {
        long s = bean.getCurrentThreadCpuTime();
        r.render(doc);
        ns[i] = bean.getCurrentThreadCpuTime() - s;
      }
      Arrays.sort(ns);
      System.out.printf("%s: %d bytes, CPU per rendering p50 %.1f ms, p10 %.1f ms%n", aud, size, ns[50] / 1e6, ns[10] / 1e6);
    }
  }
}
