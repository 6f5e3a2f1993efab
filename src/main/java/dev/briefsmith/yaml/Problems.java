package dev.briefsmith.yaml;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file while it is read. Not thread-safe: one per load. */
public final class Problems {
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public Problems(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public void error(YNode.Pos pos, String message) {
    add(pos.line(), pos.column(), Severity.ERROR, message);
  }

  public void warning(YNode.Pos pos, String message) {
    add(pos.line(), pos.column(), Severity.WARNING, message);
  }

  public void add(int line, int column, Severity severity, String message) {
    diagnostics.add(
        new Diagnostic(file, Math.max(1, line), Math.max(1, column), severity, message));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> sorted() {
    return diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }
}
