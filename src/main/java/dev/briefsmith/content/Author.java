package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/** An author of the brief. */
public record Author(String name, Optional<String> affiliation) {
  /** Checks the fields. */
  public Author {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(affiliation, "affiliation");
  }
}
