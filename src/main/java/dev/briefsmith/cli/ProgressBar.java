package dev.briefsmith.cli;

import dev.briefsmith.batch.BuildEvent;
import dev.briefsmith.batch.BuildListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A progress bar on standard error for a person at a terminal, redrawn at most ten times a second;
 * failures and warnings (and, verbose, every document) are printed above it on standard output.
 */
final class ProgressBar implements BuildListener {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final PlainLog.Verbosity verbosity;
  private final Instant started;
  private Instant drawn = Instant.EPOCH;
  private int total;
  private int done;
  private int built;
  private int skipped;
  private int failed;
  private boolean visible;

  ProgressBar(PrintWriter out, PrintWriter err, Clock clock, PlainLog.Verbosity verbosity) {
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.verbosity = verbosity;
    this.started = clock.instant();
  }

  @Override
  public void on(BuildEvent event) {
    switch (event) {
      case BuildEvent.Planned p -> total = p.documents();
      case BuildEvent.Built b -> {
        built++;
        done++;
      }
      case BuildEvent.Skipped s -> {
        skipped++;
        done++;
      }
      case BuildEvent.Failed f -> {
        failed += f.documents();
        done += f.documents();
      }
      case BuildEvent.Warning w -> {}
      case BuildEvent.Note n -> {}
    }
    boolean print =
        event instanceof BuildEvent.Failed
            || event instanceof BuildEvent.Warning
            || (verbosity == PlainLog.Verbosity.VERBOSE && !(event instanceof BuildEvent.Skipped));
    if (print) {
      clear();
      PlainLog.line(event, verbosity).ifPresent(out::println);
      out.flush();
    }
    Instant now = clock.instant();
    if (print || done == total || Duration.between(drawn, now).toMillis() >= 100) {
      draw(now);
    }
  }

  /** Removes the bar, leaving the terminal as it was. */
  void finish() {
    clear();
  }

  private void draw(Instant now) {
    drawn = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    err.print(
        "\r["
            + bar
            + "] "
            + done
            + "/"
            + total
            + "  built "
            + built
            + ", up to date "
            + skipped
            + ", failed "
            + failed
            + "  "
            + Summary.seconds(Duration.between(started, now))
            + "\u001b[K");
    err.flush();
    visible = true;
  }

  private void clear() {
    if (visible) {
      err.print("\r\u001b[K");
      err.flush();
      visible = false;
    }
  }
}
