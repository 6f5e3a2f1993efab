package dev.briefsmith.content;

import dev.briefsmith.yaml.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What loading one file gave: the brief if it is valid, and every diagnostic in file order. */
public record LoadResult(Optional<Brief> brief, List<Diagnostic> diagnostics) {
  /** Checks the fields: a brief is present exactly when there is no error. */
  public LoadResult {
    Objects.requireNonNull(brief, "brief");
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
