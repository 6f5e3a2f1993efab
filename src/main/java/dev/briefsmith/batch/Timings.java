package dev.briefsmith.batch;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The spread of per-document times: median, 95th percentile (nearest rank) and maximum.
 *
 * @param count how many times
 */
public record Timings(int count, Duration p50, Duration p95, Duration max) {

  /** No times at all. */
  public static final Timings NONE = new Timings(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** The spread of these times. */
  public static Timings of(Collection<Duration> times) {
    if (times.isEmpty()) {
      return NONE;
    }
    List<Duration> sorted = times.stream().sorted().toList();
    return new Timings(
        sorted.size(), rank(sorted, 50), rank(sorted, 95), sorted.get(sorted.size() - 1));
  }

  /** The per-document times of a build's written files. */
  public static Timings of(BuildReport report) {
    return of(report.written().stream().map(BuildReport.Output::took).toList());
  }

  private static Duration rank(List<Duration> sorted, int percent) {
    int n = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, n - 1));
  }
}
