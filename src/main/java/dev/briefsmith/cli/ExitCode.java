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

  private ExitCode() {}
}
