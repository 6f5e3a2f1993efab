package dev.briefsmith.batch.bench;

import dev.briefsmith.batch.BatchOptions;
import dev.briefsmith.batch.BuildReport;
import dev.briefsmith.batch.BuildRequest;
import dev.briefsmith.batch.Builder;
import dev.briefsmith.batch.ConfigurationException;
import dev.briefsmith.batch.Format;
import dev.briefsmith.batch.LockedException;
import dev.briefsmith.batch.Shard;
import dev.briefsmith.batch.Timings;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scale benchmark: generates synthetic briefs, builds every audience and format of them from
 * scratch, then once more with nothing changed, and measures throughput, the CPU time of each kind
 * of document and the process's peak resident memory.
 */
public final class Bench {
  private final Builder builder;
  private final Clock clock;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** A bench that builds with {@code builder} and times with {@code clock}. */
  public Bench(Builder builder, Clock clock) {
    this.builder = builder.withCpuTime(threads::getCurrentThreadCpuTime);
    this.clock = clock;
  }

  /**
   * What a bench run measured.
   *
   * @param documents the outputs built (briefs × audiences × formats, less failures)
   * @param build the time of the full build, from loading to the run report
   * @param buildCpu the CPU time of the whole process during the full build (every thread: render
   *     threads, garbage collector, compiler)
   * @param perDocument times of single documents in the full build
   * @param cpuByKind the mean CPU time of one document of each kind ("analyst pdf"), on the thread
   *     that made it; a PDF's includes selecting and composing the brief for its audience
   * @param rerun the time of the second build, with nothing changed
   * @param peakRssBytes the process's peak resident memory (VmHWM on Linux), if known: the
   *     high-water mark of the whole process since it started, heap and everything else
   * @param fullBuildPeakRssBytes the same, read when the full build ended: what a run of these
   *     briefs from scratch took, before the re-run added its own records (a nightly run is one
   *     build per process)
   */
  public record Result(
      int briefs,
      int audiences,
      int documents,
      int failed,
      Duration generate,
      Duration build,
      Duration buildCpu,
      Timings perDocument,
      SortedMap<String, Duration> cpuByKind,
      Duration rerun,
      int rerunBuilt,
      OptionalLong peakRssBytes,
      OptionalLong fullBuildPeakRssBytes) {

    /** Copies the map. */
    public Result {
      cpuByKind = Collections.unmodifiableSortedMap(new TreeMap<>(cpuByKind));
    }

    /** Documents built per second in the full build. */
    public double documentsPerSecond() {
      return documents / Math.max(1e-9, build.toNanos() / 1e9);
    }

    /** The process's CPU time per document built in the full build. */
    public Duration cpuPerDocument() {
      return documents == 0 ? Duration.ZERO : buildCpu.dividedBy(documents);
    }
  }

  /** Generates {@code count} briefs of {@code shape} in {@code work} and builds them twice. */
  public Result run(
      Path work, Path templates, int count, SyntheticBriefs shape, int jobs, Set<Format> formats)
      throws IOException, ConfigurationException, LockedException {
    Instant t0 = clock.instant();
    Path content = work.resolve("content");
    shape.write(content, count);
    Instant t1 = clock.instant();
    BuildRequest request =
        new BuildRequest(
            List.of(),
            content,
            templates,
            work.resolve("output"),
            Set.of(),
            EnumSet.copyOf(formats),
            LoadLimits.DEFAULT,
            new BatchOptions(true, jobs, false, false, false, Shard.ALL));
    Full full = full(request);
    Instant t2 = clock.instant();
    OptionalLong fullBuildPeak = peakRss();
    // the full build's report is summed up and gone: a real run starts with no report in memory
    BuildReport again =
        builder.build(
            request.with(new BatchOptions(false, jobs, false, false, false, Shard.ALL)), e -> {});
    Instant t3 = clock.instant();
    return new Result(
        count,
        full.audiences(),
        full.documents(),
        full.failed(),
        Duration.between(t0, t1),
        Duration.between(t1, t2),
        full.cpu(),
        full.perDocument(),
        full.cpuByKind(),
        Duration.between(t2, t3),
        again.written().size(),
        peakRss(),
        fullBuildPeak);
  }

  /** What the bench keeps of the full build: sums, not the report of every document. */
  private record Full(
      int audiences,
      int documents,
      int failed,
      Duration cpu,
      Timings perDocument,
      SortedMap<String, Duration> cpuByKind) {}

  /** Builds everything from scratch and sums up the report. */
  private Full full(BuildRequest request)
      throws IOException, ConfigurationException, LockedException {
    Duration cpu0 = processCpu();
    BuildReport report = builder.build(request, e -> {});
    Duration cpu = processCpu().minus(cpu0);
    int audiences =
        (int) report.written().stream().map(BuildReport.Output::audience).distinct().count();
    Map<String, List<Duration>> kinds = new TreeMap<>();
    for (BuildReport.Output o : report.written()) {
      kinds
          .computeIfAbsent(o.audience() + " " + o.format().extension(), k -> new ArrayList<>())
          .add(o.cpu());
    }
    SortedMap<String, Duration> cpuByKind = new TreeMap<>();
    kinds.forEach(
        (k, v) ->
            cpuByKind.put(k, v.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(v.size())));
    return new Full(
        audiences,
        report.written().size(),
        report.failedDocuments(),
        cpu,
        Timings.of(report),
        cpuByKind);
  }

  /** The CPU time this process has used so far (every thread), or zero where unknown. */
  private static Duration processCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** VmHWM from /proc/self/status, where there is one. */
  static OptionalLong peakRss() {
    Path status = Path.of("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return OptionalLong.empty();
  }
}
