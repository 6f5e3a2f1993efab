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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scale benchmark: generates synthetic briefs, builds every audience and format of them from
 * scratch, then once more with nothing changed, and measures throughput, the CPU time of each kind
 * of document and the process's peak resident memory; on request, once more from scratch in the
 * same process, to measure a warm one.
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
   * @param warm the second build from scratch, into a folder of its own, when one was asked for
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
      OptionalLong fullBuildPeakRssBytes,
      Optional<Warm> warm) {

    /** Copies the map. */
    public Result {
      cpuByKind = Collections.unmodifiableSortedMap(new TreeMap<>(cpuByKind));
      Objects.requireNonNull(warm, "warm");
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

  /**
   * What the warm build measured: every brief, audience and format built again from scratch, into
   * an output folder of its own, by the process that has just built them all (its code compiled,
   * its fonts parsed, its templates read), so that it does the first build's work again without its
   * warm-up.
   *
   * @param documents the outputs built
   * @param failed the documents that failed
   * @param build the time of the build
   * @param buildCpu the CPU time of the whole process during the build
   * @param cpuByKind the mean CPU time of one document of each kind, on the thread that made it
   */
  public record Warm(
      int documents,
      int failed,
      Duration build,
      Duration buildCpu,
      SortedMap<String, Duration> cpuByKind) {

    /** Copies the map. */
    public Warm {
      cpuByKind = Collections.unmodifiableSortedMap(new TreeMap<>(cpuByKind));
    }

    /** Documents built per second. */
    public double documentsPerSecond() {
      return documents / Math.max(1e-9, build.toNanos() / 1e9);
    }

    /** The process's CPU time per document built. */
    public Duration cpuPerDocument() {
      return documents == 0 ? Duration.ZERO : buildCpu.dividedBy(documents);
    }
  }

  /**
   * Generates {@code count} briefs of {@code shape} in {@code work} and builds them twice; with
   * {@code warm}, then a third time from scratch into {@code work/output-warm} (after the memory
   * figures are read, so they stay those of one nightly run).
   */
  public Result run(
      Path work,
      Path templates,
      int count,
      SyntheticBriefs shape,
      int jobs,
      Set<Format> formats,
      boolean warm)
      throws IOException, ConfigurationException, LockedException {
    Instant t0 = clock.instant();
    Path content = work.resolve("content");
    shape.write(content, count);
    Instant t1 = clock.instant();
    BuildRequest request = request(content, templates, work.resolve("output"), formats, jobs);
    Full full = full(request);
    Instant t2 = clock.instant();
    OptionalLong fullBuildPeak = peakRss();
    // The re-run stands for the next night's run, which starts in a process of its own. The full
    // build's records are garbage by now, but the serial collector keeps them until the old
    // generation fills, so the re-run's figure would add them to its own: collect them first.
    System.gc();
    // the full build's report is summed up and gone: a real run starts with no report in memory
    BuildReport again =
        builder.build(
            request.with(new BatchOptions(false, jobs, false, false, false, Shard.ALL)), e -> {});
    Instant t3 = clock.instant();
    OptionalLong peak = peakRss();
    Optional<Warm> second = Optional.empty();
    if (warm) {
      Instant t4 = clock.instant();
      Full rebuilt = full(request(content, templates, work.resolve("output-warm"), formats, jobs));
      second =
          Optional.of(
              new Warm(
                  rebuilt.documents(),
                  rebuilt.failed(),
                  Duration.between(t4, clock.instant()),
                  rebuilt.cpu(),
                  rebuilt.cpuByKind()));
    }
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
        peak,
        fullBuildPeak,
        second);
  }

  /** A build of every brief in {@code content}, every audience and {@code formats}, forced. */
  private static BuildRequest request(
      Path content, Path templates, Path output, Set<Format> formats, int jobs) {
    return new BuildRequest(
        List.of(),
        content,
        templates,
        output,
        Set.of(),
        EnumSet.copyOf(formats),
        LoadLimits.DEFAULT,
        new BatchOptions(true, jobs, false, false, false, Shard.ALL));
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
