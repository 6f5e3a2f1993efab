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
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The scale benchmark: generates synthetic briefs, builds every audience and format of them from
 * scratch, then once more with nothing changed, and measures throughput, per-document times and
 * peak memory.
 */
public final class Bench {
  private final Builder builder;
  private final Clock clock;

  /** A bench that builds with {@code builder} and times with {@code clock}. */
  public Bench(Builder builder, Clock clock) {
    this.builder = builder;
    this.clock = clock;
  }

  /**
   * What a bench run measured.
   *
   * @param documents the outputs built (briefs × audiences × formats, less failures)
   * @param build the time of the full build, from loading to the run report
   * @param perDocument times of single documents in the full build
   * @param rerun the time of the second build, with nothing changed
   * @param peakHeapBytes the sum of the peak usage of every heap memory pool during the runs
   * @param peakRssBytes the process's peak resident memory (Linux), if known
   */
  public record Result(
      int briefs,
      int audiences,
      int documents,
      int failed,
      Duration generate,
      Duration build,
      Timings perDocument,
      Duration rerun,
      int rerunBuilt,
      long peakHeapBytes,
      OptionalLong peakRssBytes) {

    /** Documents built per second in the full build. */
    public double documentsPerSecond() {
      return documents / Math.max(1e-9, build.toNanos() / 1e9);
    }
  }

  /** Generates {@code count} briefs of {@code shape} in {@code work} and builds them twice. */
  public Result run(
      Path work, Path templates, int count, SyntheticBriefs shape, int jobs, Set<Format> formats)
      throws IOException, ConfigurationException, LockedException {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
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
    BuildReport full = builder.build(request, e -> {});
    Instant t2 = clock.instant();
    BuildReport again =
        builder.build(
            request.with(new BatchOptions(false, jobs, false, false, false, Shard.ALL)), e -> {});
    Instant t3 = clock.instant();
    long heap =
        pools.stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    int audiences =
        (int) full.written().stream().map(BuildReport.Output::audience).distinct().count();
    return new Result(
        count,
        audiences,
        full.written().size(),
        full.failedDocuments(),
        Duration.between(t0, t1),
        Duration.between(t1, t2),
        Timings.of(full),
        Duration.between(t2, t3),
        again.written().size(),
        heap,
        peakRss());
  }

  /** VmHWM from /proc/self/status, where there is one. */
  private static OptionalLong peakRss() {
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
