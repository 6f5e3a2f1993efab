import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import dev.briefsmith.select.Selector;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The CPU time and size of rendering the sample's Word files, warm, in one thread, as the batch
 * renders them (with the template's style reference and the PDF's heading pages): run it on two
 * builds to compare them. From the project folder, after ./mvnw -B -q -DskipTests package and
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp target/classes:$(cat cp.txt) scripts/DocxCost.java [out-folder]</pre>
 *
 * With an out-folder, each audience's .docx is written there (to compare bytes between builds).
 */
public class DocxCost {
  public static void main(String[] a) throws Exception {
    var brief = new BriefLoader().load(Path.of("content/iraq-us-iran-2014.yaml")).orThrow();
    var bean = ManagementFactory.getThreadMXBean();
    Fonts fonts = new Fonts();
    PdfRenderer pdf = new PdfRenderer(fonts);
    DocxRenderer r = new DocxRenderer(fonts);
    int warm = Integer.getInteger("warm", 100);
    int runs = Integer.getInteger("runs", 100);
    for (String aud : new String[] {"analyst", "public", "executive"}) {
      var t = new TemplateLoader().load(Path.of("templates", aud)).value().orElseThrow();
      var doc =
          new Composer()
              .compose(
                  Selector.select(brief, t.maxSensitivity()), t, Instant.parse("2024-05-01T00:00:00Z"));
      var pages = pdf.render(doc).headingPages();
      byte[] bytes = null;
      for (int i = 0; i < warm; i++) bytes = r.render(doc, t.docxReference(), pages); // warm up
      long[] ns = new long[runs];
      for (int i = 0; i < ns.length; i++) {
        long s = bean.getCurrentThreadCpuTime();
        r.render(doc, t.docxReference(), pages);
        ns[i] = bean.getCurrentThreadCpuTime() - s;
      }
      Arrays.sort(ns);
      if (a.length > 0) Files.write(Path.of(a[0], aud + ".docx"), bytes);
      System.out.printf(
          "%s: %d bytes, CPU per rendering p50 %.1f ms, p10 %.1f ms%n",
          aud, bytes.length, ns[runs / 2] / 1e6, ns[runs / 10] / 1e6);
    }
  }
}
