package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/** A grouping inside one side, such as the presidency or the hardliners. */
public record Faction(
    String id, String side, String name, Optional<Text> summary, Sensitivity sensitivity) {
  /** Checks the fields. */
  public Faction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
