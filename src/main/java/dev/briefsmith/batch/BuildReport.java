package dev.briefsmith.batch;

import dev.briefsmith.yaml.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a build did: the files written and skipped (and why), every problem, the briefs that failed,
 * and what happened to the output folder around them. Immutable.
 *
 * @param written the outputs written, in brief, audience and format order
 * @param skipped the outputs not written, with the reason, in the same order
 * @param problems diagnostics of invalid briefs and failed renders (errors and warnings), in file
 *     order
 * @param failedBriefs how many briefs had at least one failure
 * @param failedDocuments how many outputs could not be built because of those failures
 * @param ioFailures how many of the failures were input/output errors while writing (a full disk, a
 *     file in the way), not problems of the briefs: running again can fix them
 * @param orphans outputs of briefs or audiences that no longer exist, left in place
 * @param pruned outputs of briefs or audiences that no longer exist, deleted (--prune)
 * @param digests digest files written
 * @param warnings things about the run itself: a stale lock taken over, an interrupted run
 * @param editions the editions this run published, one per brief and audience whose documents it
 *     wrote, in brief and audience order
 * @param started when the run started
 * @param took how long it took
 */
public record BuildReport(
    List<Output> written,
    List<Skip> skipped,
    List<Diagnostic> problems,
    int failedBriefs,
    int failedDocuments,
    int ioFailures,
    List<Path> orphans,
    List<Path> pruned,
    List<Path> digests,
    List<String> warnings,
    List<Published> editions,
    Instant started,
    Duration took) {
  /** Copies the lists. */
  public BuildReport {
    written = List.copyOf(written);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
    orphans = List.copyOf(orphans);
    pruned = List.copyOf(pruned);
    digests = List.copyOf(digests);
    warnings = List.copyOf(warnings);
    editions = List.copyOf(editions);
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(took, "took");
  }

  /**
   * One file written. A run keeps one of these for every file it writes, so it holds what is shared
   * (the folder, the brief's id, the audience's name) and the file's path inside the folder, and no
   * {@link Path} or {@link Duration} objects of its own: tens of bytes less for each of a large
   * run's tens of thousands of documents.
   *
   * @param folder the output folder
   * @param path the file's path inside {@code folder}, with {@code /}
   * @param pages the page count for a PDF, 0 for a Word file
   * @param reason why it was built, e.g. "new", "brief changed", "forced (--force)"
   * @param tookNanos the time to make it, in nanoseconds: for a PDF, selecting, composing and
   *     rendering the brief for the audience and writing the file (under its temporary name); for a
   *     Word file, rendering and writing it
   * @param cpuNanos the CPU time of the thread that made it, over the same span; zero unless the
   *     builder measures it ({@link Builder#withCpuTime})
   */
  public record Output(
      Path folder,
      String path,
      String briefId,
      String audience,
      Format format,
      int pages,
      String reason,
      long tookNanos,
      long cpuNanos) {
    /** Checks the fields. */
    public Output {
      Objects.requireNonNull(folder, "folder");
      Objects.requireNonNull(path, "path");
    }

    /** The file. */
    public Path file() {
      return folder.resolve(path);
    }

    /** The time to make it. */
    public Duration took() {
      return Duration.ofNanos(tookNanos);
    }

    /** The CPU time of the thread that made it. */
    public Duration cpu() {
      return Duration.ofNanos(cpuNanos);
    }
  }

  /**
   * One file not written, and why: "unchanged", or not reached after a failure. Kept compact for
   * the same reason as {@link Output}.
   *
   * @param folder the output folder
   * @param path the file's path inside {@code folder}, with {@code /}
   */
  public record Skip(
      Path folder, String path, String briefId, String audience, Format format, String reason) {
    /** Checks the fields. */
    public Skip {
      Objects.requireNonNull(folder, "folder");
      Objects.requireNonNull(path, "path");
    }

    /** The file. */
    public Path file() {
      return folder.resolve(path);
    }
  }

  /**
   * An edition a run published for one audience.
   *
   * @param since the edition its documents list their changes against; empty for a first edition
   * @param positionsChanged whether a position changed since {@code since}, as the documents say
   * @param positionsChangedTonight whether a position differs from the edition published last
   *     before this run (the same date's, when the brief was rebuilt for that date): what a
   *     publisher alerts readers on, so that a rebuild for a typo does not alert them again
   */
  public record Published(
      String briefId,
      String audience,
      java.time.LocalDate asOf,
      java.util.Optional<java.time.LocalDate> since,
      boolean positionsChanged,
      boolean positionsChangedTonight) {}

  /** Whether everything asked for was built. */
  public boolean ok() {
    return failedBriefs == 0;
  }

  /** Whether some failure was an input/output error, which running again can fix. */
  public boolean retryable() {
    return ioFailures > 0;
  }

  /** The errors among the problems. */
  public List<Diagnostic> errors() {
    return problems.stream().filter(Diagnostic::isError).toList();
  }
}
