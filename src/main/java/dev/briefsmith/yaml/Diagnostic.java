package dev.briefsmith.yaml;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found in an input file, at a 1-based line and column. Printed as {@code
 * FILE:LINE:COLUMN: error|warning: MESSAGE}, the form editors and CI annotate.
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

  /** Orders diagnostics by file, then position. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  /** Checks the fields. */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** Whether this diagnostic makes its file invalid. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The diagnostic as one line of output. */
  public String format() {
    return file + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
  }
}
