import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.compose.Document;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import dev.briefsmith.select.Selector;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time and size of rendering Word files, warm, in one thread, as the batch renders them
 * (with the template's style reference and the PDF's heading pages): run it on two builds to
 * compare them. From the project folder, after ./mvnw -B -q -DskipTests package and
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -cp target/classes:$(cat cp.txt) scripts/DocxCost.java [out-folder]</pre>
 *
 * renders the sample brief 100 times per audience (every remembered part reused: the best case);
 * with -Dbriefs=FOLDER it renders every brief in FOLDER once per audience instead, after one warm-up
 * pass, as a batch does (charts differ per brief). Synthetic briefs like the bench's: ./briefsmith
 * bench --briefs 60 --format docx --keep DIR, then -Dbriefs=DIR/content. With an out-folder, each
 * audience's last .docx is written there (to compare bytes between builds).
 */
public class DocxCost {
  record Job(Document doc, AudienceTemplate template, Map<String, Integer> pages) {}

  public static void main(String[] a) throws Exception {
    var bean = ManagementFactory.getThreadMXBean();
    Fonts fonts = new Fonts();
    PdfRenderer pdf = new PdfRenderer(fonts);
    DocxRenderer r = new DocxRenderer(fonts);
    String folder = System.getProperty("briefs");
    List<Path> briefs;
    if (folder == null) {
      briefs = List.of(Path.of("content/iraq-us-iran-2014.yaml"));
    } else {
      try (Stream<Path> s = Files.list(Path.of(folder))) {
        briefs = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      }
    }
    int warm = folder == null ? Integer.getInteger("warm", 100) : 1;
    int runs = folder == null ? Integer.getInteger("runs", 100) : 1;
    String[] audiences = {"analyst", "public", "executive"};
    List<AudienceTemplate> templates = new ArrayList<>();
    for (String aud : audiences) {
      templates.add(new TemplateLoader().load(Path.of("templates", aud)).value().orElseThrow());
    }
    // brief by brief, each in every audience, as a batch renders them
    List<Job> jobs = new ArrayList<>();
    for (Path b : briefs) {
      var brief = new BriefLoader().load(b).orThrow();
      for (AudienceTemplate t : templates) {
        var doc =
            new Composer()
                .compose(
                    Selector.select(brief, t.maxSensitivity()),
                    t,
                    Instant.parse("2024-05-01T00:00:00Z"));
        jobs.add(new Job(doc, t, pdf.render(doc).headingPages()));
      }
    }
    byte[][] bytes = new byte[audiences.length][];
    for (int i = 0; i < warm; i++) {
      for (int k = 0; k < jobs.size(); k++) {
        Job j = jobs.get(k);
        bytes[k % audiences.length] = r.render(j.doc(), j.template().docxReference(), j.pages());
      }
    }
    long[][] ns = new long[audiences.length][runs * briefs.size()];
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < jobs.size(); k++) {
        Job j = jobs.get(k);
        long s = bean.getCurrentThreadCpuTime();
        r.render(j.doc(), j.template().docxReference(), j.pages());
        ns[k % audiences.length][i * briefs.size() + k / audiences.length] =
            bean.getCurrentThreadCpuTime() - s;
      }
    }
    for (int x = 0; x < audiences.length; x++) {
      long[] t = ns[x];
      Arrays.sort(t);
      if (a.length > 0) Files.write(Path.of(a[0], audiences[x] + ".docx"), bytes[x]);
      System.out.printf(
          "%s: %d bytes, CPU per rendering p50 %.1f ms, p10 %.1f ms (%d renderings)%n",
          audiences[x], bytes[x].length, t[t.length / 2] / 1e6, t[t.length / 10] / 1e6, t.length);
    }
  }
}
