package dev.briefsmith.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the position matrix: a question and each side's position, with finer positions by
 * faction or actor. Maps keep the author's order.
 */
public record Issue(
    String id,
    Optional<String> label,
    String question,
    Map<String, Position> positions,
    Map<String, Optional<Integer>> byFaction,
    Sensitivity sensitivity) {
  /** Checks and copies the fields. */
  public Issue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(question, "question");
    positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    byFaction = Collections.unmodifiableMap(new LinkedHashMap<>(byFaction));
    byFaction.values().forEach(s -> s.ifPresent(Position::checkStance));
    Objects.requireNonNull(sensitivity, "sensitivity");
  }

  /** The side's position, or "no stated position" when the side has none. */
  public Position positionOf(String sideId) {
    return positions.getOrDefault(sideId, Position.unstated());
  }

  /** The short row label: the label if given, else the question. */
  public String rowLabel() {
    return label.orElse(question);
  }
}
