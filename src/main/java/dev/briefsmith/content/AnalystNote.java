package dev.briefsmith.content;

import java.util.Objects;

/**
 * A note in our own voice, the analyst's commentary: not something an actor said, so it is never
 * filed as a statement (which would print as that actor's words). It has its own sensitivity.
 */
public record AnalystNote(String id, Text text, Sensitivity sensitivity) {
  /** Checks the fields. */
  public AnalystNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
