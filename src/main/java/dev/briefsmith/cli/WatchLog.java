package dev.briefsmith.cli;

import dev.briefsmith.batch.BuildReport;
import dev.briefsmith.watch.Watch;
import dev.briefsmith.yaml.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What the watch prints after each build: what changed, what was built, the errors. */
final class WatchLog {
  private static final int MAX_ERRORS = 20;

  private WatchLog() {}

  static void print(
      PrintWriter out, PrintWriter err, Watch.Cycle cycle, Path content, Path templates) {
    String cause =
        cycle
            .cause()
            .map(
                b ->
                    b.paths().stream()
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .limit(3)
                        .collect(Collectors.joining(", "))
                        .concat(b.paths().size() > 3 ? ", ..." : "")
                        .concat(" changed: "))
            .orElse("");
    String after = cycle.cause().isPresent() ? " after the save" : "";
    switch (cycle) {
      case Watch.Built b -> {
        BuildReport r = b.report();
        long upToDate = r.skipped().stream().filter(s -> s.reason().equals("unchanged")).count();
        StringBuilder line =
            new StringBuilder("watch: ")
                .append(cause)
                .append("built ")
                .append(r.written().size())
                .append(r.written().size() == 1 ? " file" : " files")
                .append(", ")
                .append(upToDate)
                .append(" up to date");
        if (r.failedBriefs() > 0) {
          line.append(", ")
              .append(r.failedBriefs())
              .append(r.failedBriefs() == 1 ? " brief" : " briefs")
              .append(" failed (its last good files are kept)");
        }
        line.append(" in ").append(Summary.seconds(b.took())).append(after);
        out.println(line);
        errors(out, r.errors());
      }
      case Watch.Refused f -> {
        out.println("watch: " + cause + "not built: " + f.message());
        errors(out, f.problems());
      }
    }
    out.println("watch: watching " + content + " and " + templates + " (Ctrl-C stops)");
    out.flush();
    err.flush();
  }

  private static void errors(PrintWriter out, List<Diagnostic> errors) {
    errors.stream().limit(MAX_ERRORS).forEach(d -> out.println("  " + d.format()));
    if (errors.size() > MAX_ERRORS) {
      out.println("  ... and " + (errors.size() - MAX_ERRORS) + " more");
    }
  }
}
