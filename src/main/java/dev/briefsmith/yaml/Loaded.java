package dev.briefsmith.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What loading one input file gave: the value if the file is valid, and every diagnostic. */
public record Loaded<T>(Optional<T> value, List<Diagnostic> diagnostics) {
  /** Checks the fields: a value is present exactly when there is no error. */
  public Loaded {
    Objects.requireNonNull(value, "value");
    diagnostics = List.copyOf(diagnostics);
    if (value.isPresent() == diagnostics.stream().anyMatch(Diagnostic::isError)) {
      throw new IllegalArgumentException("a value is present exactly when there is no error");
    }
  }

  /** Whether the file was valid. */
  public boolean valid() {
    return value.isPresent();
  }
}
