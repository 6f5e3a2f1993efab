package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;

/** The outlook: a summary, scenarios and signposts (what to watch). */
public record Outlook(Text summary, List<Scenario> scenarios, List<String> signposts) {
  /** Checks the fields. */
  public Outlook {
    Objects.requireNonNull(summary, "summary");
    scenarios = List.copyOf(scenarios);
    signposts = List.copyOf(signposts);
  }
}
