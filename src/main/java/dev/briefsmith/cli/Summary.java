package dev.briefsmith.cli;

import dev.briefsmith.batch.BuildReport;
import dev.briefsmith.batch.Timings;
import dev.briefsmith.yaml.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The human summary of a build, printed on standard error at the end. */
final class Summary {
  private static final int MAX_ERRORS = 20;

  private Summary() {}

  static void print(PrintWriter err, BuildReport report, int jobs, Path runReport) {
    long notReached =
        report.skipped().stream().filter(s -> !s.reason().equals("unchanged")).count();
    long upToDate = report.skipped().size() - notReached;
    StringBuilder line = new StringBuilder();
    line.append("built ")
        .append(report.written().size())
        .append(report.written().size() == 1 ? " file" : " files")
        .append(", ")
        .append(upToDate)
        .append(" up to date");
    if (report.failedBriefs() > 0) {
      line.append(", ")
          .append(report.failedBriefs())
          .append(report.failedBriefs() == 1 ? " brief" : " briefs")
          .append(" failed (")
          .append(report.failedDocuments())
          .append(report.failedDocuments() == 1 ? " document)" : " documents)");
    }
    if (notReached > 0) {
      line.append(", ").append(notReached).append(" not reached (--fail-fast)");
    }
    if (!report.pruned().isEmpty()) {
      line.append(", ").append(report.pruned().size()).append(" pruned");
    }
    if (!report.orphans().isEmpty()) {
      line.append(", ").append(report.orphans().size()).append(" orphaned (kept)");
    }
    line.append(" in ")
        .append(seconds(report.took()))
        .append(" with ")
        .append(jobs)
        .append(jobs == 1 ? " job" : " jobs");
    Timings t = Timings.of(report);
    if (t.count() > 0) {
      line.append("; per document p50 ")
          .append(millis(t.p50()))
          .append(", p95 ")
          .append(millis(t.p95()));
    }
    err.println(line);
    List<Diagnostic> errors = report.errors();
    if (!errors.isEmpty()) {
      err.println(errors.size() == 1 ? "error:" : "errors:");
      errors.stream().limit(MAX_ERRORS).forEach(d -> err.println("  " + d.format()));
      if (errors.size() > MAX_ERRORS) {
        err.println("  ... and " + (errors.size() - MAX_ERRORS) + " more");
      }
    }
    err.println("run report: " + runReport);
    err.flush();
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  static String millis(Duration d) {
    return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
  }
}
