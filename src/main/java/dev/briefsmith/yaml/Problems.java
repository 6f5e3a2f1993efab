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

  /**
   * Adds a diagnostic. A message over {@link #LONGEST} characters is cut, visibly: messages quote
   * values as short excerpts, and this is the backstop for any that would echo a huge key or value
   * into logs and reports.
   */
  public void add(int line, int column, Severity severity, String message) {
    String bounded =
        message.length() <= LONGEST
            ? message
            : message.substring(
                    0,
                    Character.isHighSurrogate(message.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST)
                + "\u2026 (message cut at "
                + LONGEST
                + " of "
                + message.length()
                + " characters)";
    diagnostics.add(
        new Diagnostic(file, Math.max(1, line), Math.max(1, column), severity, bounded));
  }

  /** The longest message kept whole. */
  public static final int LONGEST = 1_000;

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> sorted() {
    return diagnostics.stream().sorted(Diagnostic.ORDER).toList();
  }
}
