package dev.briefsmith.content;

import dev.briefsmith.yaml.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** Input that Briefsmith cannot use, with every problem found in it. */
public final class ContentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;

  /** An exception carrying these diagnostics (at least one). */
  public ContentException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a content exception needs a diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The problems, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
