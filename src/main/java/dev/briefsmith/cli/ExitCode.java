package dev.briefsmith.cli;

/** The process exit codes, the same for every command. */
final class ExitCode {
  /** Success; warnings allowed. */
  static final int OK = 0;

  /** At least one brief is invalid or failed to render. */
  static final int INVALID = 1;

  /** Wrong usage or configuration. */
  static final int USAGE = 2;

  /** Another run holds the lock on the output folder. */
  static final int LOCKED = 3;

  /**
   * An input/output error (a full disk, a file in the way, a lost network volume): nothing is wrong
   * with the briefs or the command, so running again once it is fixed can succeed. Distinct from 1
   * and 2 so that schedulers retry it (Kubernetes does; see deploy/kubernetes/cronjob.yaml).
   */
  static final int IO = 4;

  /** {@code diff --exit-code}: the two editions differ (as diff(1) exits 1). */
  static final int CHANGES = 5;

  private ExitCode() {}
}
