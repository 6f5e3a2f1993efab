package dev.briefsmith.batch;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.LoadResult;
import dev.briefsmith.yaml.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A brief the plan names but does not hold: loaded when the first of its tasks runs, shared by its
 * audiences, and dropped when the last one ends, so a run holds the content of at most as many
 * briefs as it has render threads, however many briefs it builds. Thread-safe.
 */
final class LazyBrief {
  /**
   * What a run keeps of a valid brief for the whole run: what the plan, the manifest and the digest
   * need, not its content.
   */
  record Known(Path file, String id, String title, LocalDate asOf) {
    /** Checks the fields. */
    Known {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(asOf, "asOf");
    }

    static Known of(Path file, Brief brief) {
      return new Known(file, brief.id(), brief.title(), brief.asOf());
    }
  }

  /** The file no longer holds the brief that was planned: it was edited during the run. */
  static final class ChangedException extends Exception {
    private static final long serialVersionUID = 1L;

    ChangedException(String message) {
      super(message);
    }
  }

  private final Known known;
  private final BriefLoader loader;
  private final Builder.Faults faults;

  /** Tasks that have not ended yet; guarded by this. */
  private int remaining;

  /** The content while a task needs it; guarded by this. */
  private Brief brief;

  LazyBrief(Known known, BriefLoader loader, Builder.Faults faults) {
    this.known = known;
    this.loader = loader;
    this.faults = faults;
  }

  Path file() {
    return known.file();
  }

  String id() {
    return known.id();
  }

  /** Sets how many tasks will {@link #release} it. */
  synchronized void expect(int tasks) {
    remaining = tasks;
  }

  /** The brief, loaded again from its file if no task holds it now. */
  synchronized Brief acquire() throws IOException, ChangedException {
    if (brief == null) {
      faults.loading(known.file());
      LoadResult result = loader.load(known.file());
      if (result.brief().isEmpty()) {
        throw new ChangedException(
            "the file changed during the run and is no longer valid ("
                + result.diagnostics().stream()
                    .filter(Diagnostic::isError)
                    .findFirst()
                    .map(d -> "line " + d.line() + ": " + d.message())
                    .orElse("no brief")
                + "); run again");
      }
      if (!result.brief().get().id().equals(known.id())) {
        throw new ChangedException(
            "the file changed during the run: its id is now \""
                + result.brief().get().id()
                + "\", not \""
                + known.id()
                + "\"; run again");
      }
      brief = result.brief().get();
    }
    return brief;
  }

  /** One task is done with the brief; after the last, the content is dropped. */
  synchronized void release() {
    remaining--;
    if (remaining <= 0) {
      brief = null;
    }
  }
}
