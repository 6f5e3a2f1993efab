package dev.briefsmith.content;

import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.YNode.Pos;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A check of a brief that has passed every rule of the format, run by the loader before it returns:
 * analytic checks that read more than the file (archived sources) or judge its content. A check
 * reports through the context's problems and never throws for bad input. Implementations are
 * thread-safe: one instance serves every brief of a run.
 */
public interface BriefCheck {

  /** Checks the brief. */
  void check(Brief brief, Context context);

  /**
   * What a check may use: the folder the brief was read from (empty for content read from bytes),
   * where a field path is written, the problems of this file, and the tally of quotes.
   */
  record Context(
      Optional<Path> folder,
      Function<String, Optional<Pos>> locator,
      Problems problems,
      Tally tally) {

    /** Where the field at {@code path} is written, or the file's start if it cannot be found. */
    public Pos pos(String path) {
      return locator.apply(path).orElse(new Pos(1, 1, 0));
    }
  }

  /** Counts of what the checks of one brief found, for the summary line. Not thread-safe. */
  final class Tally {
    private int verified;
    private int unverified;
    private int failed;

    /** One quote found verbatim in its archived source. */
    public void verified() {
      verified++;
    }

    /** One quote whose source names no archive, or whose archive is not at hand. */
    public void unverified() {
      unverified++;
    }

    /** One quote not found verbatim in its archived source. */
    public void failed() {
      failed++;
    }

    /** The counts so far. */
    public QuoteTally snapshot() {
      return new QuoteTally(verified, unverified, failed);
    }
  }

  /**
   * How many quotes were verified against an archived source, how many could not be (no archive at
   * hand) and how many the archive contradicts.
   */
  record QuoteTally(int verified, int unverified, int failed) {
    /** No quotes. */
    public static final QuoteTally NONE = new QuoteTally(0, 0, 0);

    /** The sum of two tallies. */
    public QuoteTally plus(QuoteTally other) {
      return new QuoteTally(
          verified + other.verified, unverified + other.unverified, failed + other.failed);
    }

    /** Every quote counted. */
    public int all() {
      return verified + unverified + failed;
    }
  }
}
