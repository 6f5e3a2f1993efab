package dev.briefsmith.compose;

import dev.briefsmith.content.Issue;
import dev.briefsmith.content.Side;
import java.util.List;
import java.util.Optional;

/**
 * A side divided on an issue: the lowest and highest stated stances of its factions and actors in
 * the issue's {@code by_faction}, when they span {@link #SPREAD} or more (docs/content-format.md).
 */
record Division(int low, int high) {

  /**
   * The spread of a side's own stances that makes it divided: as wide as "opposed" between sides.
   */
  static final int SPREAD = 3;

  /** The division of {@code side} on {@code issue}, if its factions and actors are divided. */
  static Optional<Division> of(ComposeContext c, Issue issue, Side side) {
    List<String> members =
        issue.byFaction().keySet().stream()
            .filter(k -> c.sideOf(k).equals(Optional.of(side.id())))
            .filter(k -> issue.byFaction().get(k).isPresent())
            .toList();
    int low =
        members.stream().mapToInt(k -> issue.byFaction().get(k).orElseThrow()).min().orElse(0);
    int high =
        members.stream().mapToInt(k -> issue.byFaction().get(k).orElseThrow()).max().orElse(0);
    if (high - low < SPREAD) {
      return Optional.empty();
    }
    // the cell prints what these members said: their levels count for the banner
    for (String k : members) {
      c.faction(k).ifPresent(f -> c.use(f.sensitivity()));
      c.actor(k).ifPresent(a -> c.use(a.sensitivity()));
    }
    return Optional.of(new Division(low, high));
  }

  /** The range in words, "–2 to +1" (en dashes: the bundled fonts have no minus sign). */
  String range(ComposeContext c) {
    return c.labels.format("matrix.range", "low", signed(c, low), "high", signed(c, high));
  }

  private static String signed(ComposeContext c, int stance) {
    String n = c.format.number(Math.abs(stance));
    return stance < 0 ? "\u2013" + n : stance > 0 ? "+" + n : n;
  }
}
