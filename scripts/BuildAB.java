import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares the CPU time of two builds of Briefsmith in one JVM, so that a change of a few percent
 * can be told from the machine's drift (on a shared 2-core machine, separate runs of the same build
 * differ by 10-30% from one minute to the next). Each build's jar and libraries are loaded in a
 * class loader of their own; every round builds the same briefs from scratch with A and with B
 * (in alternating order), and the process's CPU time per document is compared round by round.
 *
 * <p>Each build folder holds {@code briefsmith.jar} and {@code lib/}, a copy of {@code target/}
 * made after {@code ./mvnw -B -q package -DskipTests}. Briefs like the bench's: {@code ./briefsmith
 * bench --briefs 40 --keep DIR}, then {@code DIR/content}. From the project folder:
 *
 * <pre>
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx768m -Xmn160m -XX:SurvivorRatio=3 \
 *   scripts/BuildAB.java A-FOLDER B-FOLDER CONTENT [ROUNDS] [JOBS]
 * </pre>
 *
 * with the templates in {@code templates/}. The first three rounds warm up and are not counted.
 */
public class BuildAB {
  private static final int WARM_UP = 3;

  private record Build(String name, Method run) {}

  public static void main(String[] a) throws Exception {
    if (a.length < 3) {
      System.err.println("usage: BuildAB A-FOLDER B-FOLDER CONTENT [ROUNDS] [JOBS]");
      System.exit(2);
    }
    Path content = Path.of(a[2]);
    int rounds = a.length > 3 ? Integer.parseInt(a[3]) : 12;
    String jobs = a.length > 4 ? a[4] : "2";
    List<Build> builds = List.of(build(a[0]), build(a[1]));
    Path work = Files.createTempDirectory("briefsmith-ab");
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[][] cpu = new double[2][rounds];
    double[][] wall = new double[2][rounds];
    int documents = -1;
    for (int round = 0; round < WARM_UP + rounds; round++) {
      for (int j = 0; j < 2; j++) {
        int k = (round % 2 == 0) ? j : 1 - j; // A first, then B first, and so on
        Path out = work.resolve("out-" + k);
        String[] args = {
          "build",
          "--force",
          "--content",
          content.toString(),
          "--templates",
          "templates",
          "--out",
          out.toString(),
          "--jobs",
          jobs,
          "-q"
        };
        StringWriter err = new StringWriter();
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        int code =
            (int)
                builds
                    .get(k)
                    .run()
                    .invoke(null, args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        long c1 = os.getProcessCpuTime();
        long w1 = System.nanoTime();
        if (code != 0) {
          throw new IllegalStateException(builds.get(k).name() + " exited with " + code + ": " + err);
        }
        int made = count(out);
        if (documents >= 0 && made != documents) {
          throw new IllegalStateException("the builds made " + documents + " and " + made);
        }
        documents = made;
        if (round >= WARM_UP) {
          cpu[k][round - WARM_UP] = (c1 - c0) / 1e6 / made;
          wall[k][round - WARM_UP] = (w1 - w0) / 1e6 / made;
        }
      }
    }
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratios[r] = cpu[1][r] / cpu[0][r];
    }
    System.out.printf(
        Locale.ROOT,
        "%d documents per build, %d counted rounds, %s jobs%n",
        documents,
        rounds,
        jobs);
    for (int k = 0; k < 2; k++) {
      System.out.printf(
          Locale.ROOT,
          "%s: CPU per document median %.2f ms (range %.2f-%.2f), wall %.2f ms%n",
          builds.get(k).name(),
          median(cpu[k]),
          min(cpu[k]),
          max(cpu[k]),
          median(wall[k]));
    }
    System.out.printf(
        Locale.ROOT,
        "B/A, round by round: median %.3f (range %.3f-%.3f)%n",
        median(ratios),
        min(ratios),
        max(ratios));
  }

  private static Build build(String folder) throws IOException, ReflectiveOperationException {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(folder, "briefsmith.jar").toUri().toURL());
    try (Stream<Path> libs = Files.list(Path.of(folder, "lib"))) {
      for (Path lib : libs.sorted().toList()) {
        urls.add(lib.toUri().toURL());
      }
    }
    ClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Class<?> main = loader.loadClass("dev.briefsmith.cli.Main");
    return new Build(
        folder, main.getMethod("run", String[].class, PrintWriter.class, PrintWriter.class));
  }

  private static int count(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return (int)
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".pdf") || n.endsWith(".docx"))
              .count();
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }
}
