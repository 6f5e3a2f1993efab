package dev.briefsmith.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.briefsmith.batch.Builder;
import dev.briefsmith.batch.ConfigurationException;
import dev.briefsmith.batch.Format;
import dev.briefsmith.batch.LockedException;
import dev.briefsmith.batch.ProgramId;
import dev.briefsmith.batch.bench.Bench;
import dev.briefsmith.batch.bench.SyntheticBriefs;
import dev.briefsmith.render.Fonts;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times a batch build of generated briefs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times a batch build of N synthetic briefs.",
      "Generates N briefs of realistic size into a temporary folder, builds every audience and"
          + " format of them from scratch and once more with nothing changed, and prints"
          + " documents per second, per-document p50/p95, CPU time per kind of document and the"
          + " process's peak resident memory. With --warm, it then builds them from scratch"
          + " once more in the same process and prints that build's figures too."
    })
final class BenchCommand implements Callable<Integer> {
  private final Host host;

  @Spec private CommandSpec spec;

  @Option(
      names = "--briefs",
      paramLabel = "N",
      defaultValue = "1000",
      description = "How many briefs (default: ${DEFAULT-VALUE}).")
  private int briefs;

  @Option(
      names = "--sides",
      paramLabel = "N",
      defaultValue = "3",
      description = "Sides per brief (default: ${DEFAULT-VALUE}).")
  private int sides;

  @Option(
      names = "--issues",
      paramLabel = "N",
      defaultValue = "8",
      description = "Issues per brief (default: ${DEFAULT-VALUE}).")
  private int issues;

  @Option(
      names = "--statements",
      paramLabel = "N",
      defaultValue = "20",
      description = "Statements per brief (default: ${DEFAULT-VALUE}).")
  private int statements;

  @Mixin private RenderOptions render;

  @Option(
      names = "--warm",
      description =
          "Then build every brief from scratch once more, in the same process, and print that"
              + " build's documents/s and CPU per document: a warm process's throughput, without"
              + " the first build's class loading and compiling.")
  private boolean warm;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "Generate and build in DIR and keep it (default: a temporary folder, deleted).")
  private Path keep;

  BenchCommand(Host host) {
    this.host = host;
  }

  @Override
  public Integer call() throws IOException, ConfigurationException, LockedException {
    if (briefs < 1 || render.jobs < 1 || sides < 2 || issues < 1 || statements < 0) {
      throw new UsageException(
          "need --briefs >= 1, --jobs >= 1, --sides >= 2, --issues >= 1, --statements >= 0");
    }
    int jobs = render.jobs(spec.commandLine().getErr());
    RenderOptions.folder("--templates", render.templates);
    if (keep != null) {
      RenderOptions.folder("--keep", keep);
    }
    SyntheticBriefs shape = new SyntheticBriefs(sides, issues, statements);
    Path work =
        keep != null
            ? Files.createDirectories(keep)
            : Files.createTempDirectory("briefsmith-bench");
    PrintWriter out = spec.commandLine().getOut();
    try {
      Builder builder =
          new Builder(
              new Fonts(),
              host.environment(),
              host.clock(),
              ProgramId.current(VersionProvider.version()));
      out.printf(
          Locale.ROOT,
          "bench: %d briefs (%d sides, %d issues, %d statements), formats %s, %d %s, in %s%n",
          briefs,
          sides,
          issues,
          statements,
          render.formats.stream().map(Format::extension).distinct().toList(),
          jobs,
          jobs == 1 ? "job" : "jobs",
          work);
      // the figures depend on it: the launcher chooses by the number of briefs
      out.printf(Locale.ROOT, "compiler: %s%n", compilers());
      out.flush();
      Bench.Result r =
          new Bench(builder, host.clock())
              .run(
                  work,
                  render.templates,
                  briefs,
                  shape,
                  jobs,
                  EnumSet.copyOf(render.formats),
                  warm);
      out.printf(
          Locale.ROOT, "generated %d briefs in %s%n", r.briefs(), Summary.seconds(r.generate()));
      out.printf(
          Locale.ROOT,
          "full build: %d documents (%d audiences) in %s: %.0f documents/s; per document p50 %s,"
              + " p95 %s, max %s; %d failed%n",
          r.documents(),
          r.audiences(),
          Summary.seconds(r.build()),
          r.documentsPerSecond(),
          Summary.millis(r.perDocument().p50()),
          Summary.millis(r.perDocument().p95()),
          Summary.millis(r.perDocument().max()),
          r.failed());
      out.printf(
          Locale.ROOT,
          "CPU per document: %s of process CPU (all threads) per document built; by kind, on"
              + " the thread that made it:%n",
          Summary.millis(r.cpuPerDocument()));
      r.cpuByKind()
          .forEach((k, v) -> out.printf(Locale.ROOT, "  %-16s %s%n", k, Summary.millis(v)));
      out.printf(
          Locale.ROOT,
          "re-run, nothing changed: %d built in %s%n",
          r.rerunBuilt(),
          Summary.seconds(r.rerun()));
      out.printf(
          Locale.ROOT,
          "peak resident memory: %s%n",
          r.peakRssBytes().isPresent()
              ? (r.peakRssBytes().getAsLong() >> 20)
                  + " MiB (VmHWM, the whole process); "
                  + (r.fullBuildPeakRssBytes().orElse(0) >> 20)
                  + " MiB when the full build ended"
              : "unknown (no /proc/self/status)");
      r.warm().ifPresent(w -> warm(out, w));
      out.flush();
      int failed = r.failed() + r.warm().map(Bench.Warm::failed).orElse(0);
      return failed == 0 ? ExitCode.OK : ExitCode.INVALID;
    } finally {
      if (keep == null) {
        deleteTree(work);
      }
    }
  }

  private static void warm(PrintWriter out, Bench.Warm w) {
    out.printf(
        Locale.ROOT,
        "warm build, again from scratch in this process: %d documents in %s: %.0f documents/s;"
            + " %s of process CPU per document; %d failed; by kind, on the thread that made it:%n",
        w.documents(),
        Summary.seconds(w.build()),
        w.documentsPerSecond(),
        Summary.millis(w.cpuPerDocument()),
        w.failed());
    w.cpuByKind().forEach((k, v) -> out.printf(Locale.ROOT, "  %-16s %s%n", k, Summary.millis(v)));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Which just-in-time compilers this JVM runs, as it says: the client compiler alone (the
   * launcher's choice for a run of fewer than a thousand briefs), or the client and then the full
   * compiler.
   */
  static String compilers() {
    try {
      HotSpotDiagnosticMXBean vm =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (!Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue())) {
        return "the full compiler alone";
      }
      return vm.getVMOption("TieredStopAtLevel").getValue().equals("1")
          ? "the client compiler alone"
          : "the client compiler, then the full compiler";
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // not a HotSpot JVM, or one without these options
      return "unknown";
    }
  }
}
