package dev.briefsmith.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file while it is read. Not thread-safe: one per load. */
final class Problems {
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void error(YNode.Pos pos, String message) {
    add(pos.line(), pos.column(), Severity.ERROR, message);
  }

  void warning(YNode.Pos pos, String message) {
    add(pos.line(), pos.column(), Severity.WARNING, message);
  }

  void add(int line, int column, Severity severity, String message) {
    diagnostics.add(
        new Diagnostic(file, Math.max(1, line), Math.max(1, column), severity, message));
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  List<Diagnostic> sorted() {
    return diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }
}
