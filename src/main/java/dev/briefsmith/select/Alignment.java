package dev.briefsmith.select;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How far the sides agree on an issue, computed (never typed) from the spread, max - min, of the
 * stated stances: 0-1 aligned, 2 partly aligned, 3-4 opposed; fewer than two stated stances: not
 * assessable.
 */
public record Alignment(Level level, OptionalInt spread) {

  /** The four outcomes, with the words printed. */
  public enum Level {
    ALIGNED("aligned"),
    PARTLY_ALIGNED("partly aligned"),
    OPPOSED("opposed"),
    NOT_ASSESSABLE("not assessable");

    private final String word;

    Level(String word) {
      this.word = word;
    }

    /** The word printed in matrices. */
    public String word() {
      return word;
    }
  }

  /** Checks the fields: a spread exactly when assessable. */
  public Alignment {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(spread, "spread");
    if (spread.isPresent() == (level == Level.NOT_ASSESSABLE)) {
      throw new IllegalArgumentException("a spread exactly when assessable");
    }
  }

  /** The alignment of the sides' stances (one per side; empty means no stated position). */
  public static Alignment of(Collection<Optional<Integer>> stances) {
    int[] stated = stances.stream().flatMap(Optional::stream).mapToInt(Integer::intValue).toArray();
    if (stated.length < 2) {
      return new Alignment(Level.NOT_ASSESSABLE, OptionalInt.empty());
    }
    int spread =
        java.util.Arrays.stream(stated).max().getAsInt()
            - java.util.Arrays.stream(stated).min().getAsInt();
    Level level = spread <= 1 ? Level.ALIGNED : spread == 2 ? Level.PARTLY_ALIGNED : Level.OPPOSED;
    return new Alignment(level, OptionalInt.of(spread));
  }
}
