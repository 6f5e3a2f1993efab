package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/** A named person or body on one side. */
public record Actor(
    String id,
    String name,
    Optional<String> role,
    String side,
    Optional<String> faction,
    Optional<Power> power,
    Sensitivity sensitivity) {
  /** Checks the fields. */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(faction, "faction");
    Objects.requireNonNull(power, "power");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
