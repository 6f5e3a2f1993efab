package dev.briefsmith.batch;

import dev.briefsmith.batch.BuildReport.Output;
import dev.briefsmith.batch.BuildReport.Skip;
import dev.briefsmith.yaml.Diagnostic;
import java.nio.file.Path;

/** Something a build did, as it happens: what a log or progress bar shows. */
public sealed interface BuildEvent {

  /** The line a plain log prints for this event. */
  String line();

  /**
   * The work is planned: {@code documents} outputs in all, {@code toBuild} to build and {@code
   * upToDate} up to date; the rest belong to invalid briefs.
   */
  record Planned(int briefs, int documents, int toBuild, int upToDate) implements BuildEvent {
    @Override
    public String line() {
      int invalid = documents - toBuild - upToDate;
      return "planned "
          + documents
          + (documents == 1 ? " document" : " documents")
          + " from "
          + briefs
          + (briefs == 1 ? " brief" : " briefs")
          + ": "
          + toBuild
          + " to build, "
          + upToDate
          + " up to date"
          + (invalid > 0 ? ", " + invalid + " of invalid briefs" : "");
    }
  }

  /** An output was written. */
  record Built(Output output) implements BuildEvent {
    @Override
    public String line() {
      int pages = output.pages();
      return "wrote "
          + output.file()
          + (output.format() == Format.PDF
              ? " (" + pages + (pages == 1 ? " page)" : " pages)")
              : "")
          + ": "
          + output.reason();
    }
  }

  /** An output was not built: up to date, or not reached after a failure with --fail-fast. */
  record Skipped(Skip skip) implements BuildEvent {
    @Override
    public String line() {
      return "skipped " + skip.file() + ": " + skip.reason();
    }
  }

  /** A brief, or one audience of it, failed; {@code documents} is how many outputs it stood for. */
  record Failed(Diagnostic diagnostic, int documents) implements BuildEvent {
    @Override
    public String line() {
      return diagnostic.format();
    }
  }

  /** Something about the run itself worth a warning (a stale lock, an interrupted run). */
  record Warning(String message) implements BuildEvent {
    @Override
    public String line() {
      return "warning: " + message;
    }
  }

  /** A file that is not an output of the briefs: a digest written, an orphan pruned. */
  record Note(String verb, Path file, String detail) implements BuildEvent {
    @Override
    public String line() {
      return verb + " " + file + (detail.isEmpty() ? "" : ": " + detail);
    }
  }
}
