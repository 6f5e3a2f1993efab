package dev.briefsmith.batch;

import java.util.Objects;

/**
 * How a build runs.
 *
 * @param force rebuild every output, even those whose inputs have not changed
 * @param jobs how many documents to render at once
 * @param prune delete the outputs of briefs and audiences that no longer exist
 * @param failFast stop at the first failure instead of building the other briefs
 * @param digest write one merged PDF per audience of the briefs built in this run
 * @param shard which part of the content folder this run builds
 */
public record BatchOptions(
    boolean force, int jobs, boolean prune, boolean failFast, boolean digest, Shard shard) {
  /** Incremental, one thread, no pruning, no digest, the whole folder. */
  public static final BatchOptions DEFAULT =
      new BatchOptions(false, 1, false, false, false, Shard.ALL);

  /** Checks the fields. */
  public BatchOptions {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
    Objects.requireNonNull(shard, "shard");
  }
}
