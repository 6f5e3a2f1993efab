package dev.briefsmith.content;

import java.util.Objects;
import java.util.Optional;

/** A named person or body that belongs to no side (an extension of format v1). */
public record ThirdParty(String id, String name, Optional<String> role, Sensitivity sensitivity) {
  /** Checks the fields. */
  public ThirdParty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
