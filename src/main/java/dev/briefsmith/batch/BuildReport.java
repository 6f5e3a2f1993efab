package dev.briefsmith.batch;

import dev.briefsmith.yaml.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build did: the files written, and every problem, with the briefs that failed.
 *
 * @param written the outputs written, in build order
 * @param problems diagnostics of invalid briefs and failed renders, in file order
 * @param failedBriefs how many briefs had at least one failure
 */
public record BuildReport(List<Output> written, List<Diagnostic> problems, int failedBriefs) {
  /** Copies the lists. */
  public BuildReport {
    written = List.copyOf(written);
    problems = List.copyOf(problems);
  }

  /** One file written. */
  public record Output(Path file, String briefId, String audience, Format format, int pages) {}

  /** Whether everything asked for was built. */
  public boolean ok() {
    return failedBriefs == 0;
  }
}
