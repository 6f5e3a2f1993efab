package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A way the situation may develop. */
public record Scenario(
    String id,
    String title,
    Optional<Likelihood> likelihood,
    Text narrative,
    List<String> signposts,
    Sensitivity sensitivity) {
  /** Checks the fields. */
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(narrative, "narrative");
    signposts = List.copyOf(signposts);
    Objects.requireNonNull(sensitivity, "sensitivity");
  }
}
