package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/**
 * A source the brief cites; {@code archive} is the path of an archived copy of its text, relative
 * to the brief's folder, against which quotes citing it are checked.
 */
public record Source(
    String id,
    String title,
    Optional<String> publisher,
    Optional<PartialDate> date,
    Optional<String> url,
    Optional<String> reliability,
    Optional<String> archive,
    Sensitivity sensitivity) {
  /** Checks the fields. */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(reliability, "reliability");
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
