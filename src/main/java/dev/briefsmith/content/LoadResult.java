package dev.briefsmith.content;

import dev.briefsmith.yaml.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What loading one file gave: the brief if it is valid, every diagnostic in file order, and how
 * many of its quotes were checked against archived sources.
 */
public record LoadResult(
    Optional<Brief> brief, List<Diagnostic> diagnostics, BriefCheck.QuoteTally quotes) {
  /** Checks the fields: a brief is present exactly when there is no error. */
  public LoadResult {
    Objects.requireNonNull(brief, "brief");
    Objects.requireNonNull(quotes, "quotes");
    diagnostics = List.copyOf(diagnostics);
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    if (brief.isPresent() == errors) {
      throw new IllegalArgumentException("a brief is present exactly when there is no error");
    }
  }

  /** Whether the file is a valid brief. */
  public boolean valid() {
    return brief.isPresent();
  }

  /** The brief, or a {@link ContentException} with the errors. */
  public Brief orThrow() throws ContentException {
    if (brief.isEmpty()) {
      throw new ContentException(diagnostics.stream().filter(Diagnostic::isError).toList());
    }
    return brief.get();
  }
}
