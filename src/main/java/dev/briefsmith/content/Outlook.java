package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;

/**
 * The outlook: a summary, scenarios and signposts (what to watch); {@code exclusiveAndExhaustive}
 * says the scenarios are meant to be mutually exclusive and to cover every outcome, so their
 * probability bands must be able to add up to 100%.
 */
public record Outlook(
    Text summary,
    List<Scenario> scenarios,
    List<String> signposts,
    boolean exclusiveAndExhaustive) {
  /** Checks the fields. */
  public Outlook {
    Objects.requireNonNull(summary, "summary");
    scenarios = List.copyOf(scenarios);
    signposts = List.copyOf(signposts);
  }
}
