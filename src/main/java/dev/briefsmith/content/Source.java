package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/** A source the brief cites. */
public record Source(
    String id,
    String title,
    Optional<String> publisher,
    Optional<PartialDate> date,
    Optional<String> url,
    Optional<String> reliability,
    Sensitivity sensitivity) {
  /** Checks the fields. */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(reliability, "reliability");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
