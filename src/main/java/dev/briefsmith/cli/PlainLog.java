package dev.briefsmith.cli;

import dev.briefsmith.batch.BuildEvent;
import dev.briefsmith.batch.BuildListener;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The build log for cron, CI and pipes: one line per document on standard output as it happens.
 * Quiet, it prints only failures and warnings about the run; verbose, it adds each document's time.
 */
final class PlainLog implements BuildListener {
  private final PrintWriter out;
  private final Verbosity verbosity;

  PlainLog(PrintWriter out, Verbosity verbosity) {
    this.out = out;
    this.verbosity = verbosity;
  }

  @Override
  public void on(BuildEvent event) {
    line(event, verbosity).ifPresent(out::println);
    out.flush();
  }

  /** The line to print for an event at this verbosity, if any. */
  static Optional<String> line(BuildEvent event, Verbosity verbosity) {
    boolean always = event instanceof BuildEvent.Failed || event instanceof BuildEvent.Warning;
    if (verbosity == Verbosity.QUIET && !always) {
      return Optional.empty();
    }
    if (verbosity == Verbosity.VERBOSE && event instanceof BuildEvent.Built b) {
      return Optional.of(event.line() + " [" + Summary.millis(b.output().took()) + "]");
    }
    return Optional.of(event.line());
  }

  /** How much to print. */
  enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
  }
}
