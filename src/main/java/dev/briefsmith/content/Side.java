package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/** A party whose positions the brief compares; sides are matrix columns, in brief order. */
public record Side(String id, String name, Optional<String> fullName, Optional<String> color) {
  /** Checks the fields. */
  public Side {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(color, "color");
  }
}
