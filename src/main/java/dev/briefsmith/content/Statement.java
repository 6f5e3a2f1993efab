package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/** What an actor said: an optional verbatim quote and our summary of it. */
public record Statement(
    String id,
    String actor,
    Optional<PartialDate> date,
    Optional<String> quote,
    Text summary,
    Optional<String> source,
    Sensitivity sensitivity) {
  /** Checks the fields. */
  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
