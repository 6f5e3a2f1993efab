package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/**
 * What an actor said: an optional verbatim quote, the language it is in when not the brief's, our
 * own words that lead into it (so that a quote taken from a negated sentence prints with its
 * negation), and our summary of it.
 */
public record Statement(
    String id,
    String actor,
    Optional<PartialDate> date,
    Optional<String> quote,
    Optional<String> leadIn,
    Text summary,
    Optional<String> source,
    Sensitivity sensitivity,
    Optional<String> quoteLanguage) {
  /** A statement whose quote, if any, is in the brief's language. */
  public Statement(
      String id,
      String actor,
      Optional<PartialDate> date,
      Optional<String> quote,
      Optional<String> leadIn,
      Text summary,
      Optional<String> source,
      Sensitivity sensitivity) {
    this(id, actor, date, quote, leadIn, summary, source, sensitivity, Optional.empty());
  }

  /** Checks the fields. */
  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(leadIn, "leadIn");
    if (leadIn.isPresent() && quote.isEmpty()) {
      throw new IllegalArgumentException("a lead-in introduces a quote");
    }
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sensitivity, "sensitivity");
    Objects.requireNonNull(quoteLanguage, "quoteLanguage");
    if (quoteLanguage.isPresent() && quote.isEmpty()) {
      throw new IllegalArgumentException("a quote language needs a quote");
    }
  }
}
