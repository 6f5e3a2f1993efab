package dev.briefsmith.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One side's position on an issue; an empty stance means "no stated position". */
public record Position(Optional<Integer> stance, Optional<Text> summary, List<String> evidence) {
  /** Checks the fields; a stance is an integer from -2 to +2. */
  public Position {
    Objects.requireNonNull(stance, "stance");
    stance.ifPresent(Position::checkStance);
    Objects.requireNonNull(summary, "summary");
    evidence = List.copyOf(evidence);
  }

  /** Fails unless {@code stance} is on the -2..+2 scale. */
  public static int checkStance(int stance) {
    if (stance < -2 || stance > 2) {
      throw new IllegalArgumentException("stance must be from -2 to 2, got " + stance);
    }
    return stance;
  }

  /** A position with no stated stance. */
  public static Position unstated() {
    return new Position(Optional.empty(), Optional.empty(), List.of());
  }
}
