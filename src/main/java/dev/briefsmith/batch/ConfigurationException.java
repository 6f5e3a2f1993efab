package dev.briefsmith.batch;

import dev.briefsmith.yaml.Diagnostic;
import java.util.List;

/** The build cannot start: a template is invalid, an audience unknown, a folder missing. */
public final class ConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;

  /** A problem described in one message. */
  public ConfigurationException(String message) {
    super(message);
    this.diagnostics = List.of();
  }

  /** Problems in configuration files, such as templates. */
  public ConfigurationException(String message, List<Diagnostic> diagnostics) {
    super(message);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The positioned problems, if any. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
