package dev.briefsmith.diff;

import dev.briefsmith.content.Sensitivity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed in a brief since its previous edition, as one audience may see it: the previous
 * edition's date ({@code since}, empty for a first edition) and the changes, grouped in {@link
 * Change.Group} order and, within a group, in the brief's order. Immutable.
 *
 * @param highest the most sensitive level of the items of either edition: what a list naming them
 *     is marked with
 */
public record Changes(Optional<LocalDate> since, List<Change> changes, Sensitivity highest) {
  /** Checks the fields and orders the changes by group; a first edition has no changes. */
  public Changes {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(highest, "highest");
    changes = changes.stream().sorted(Comparator.comparing(Change::group)).toList();
    if (since.isEmpty() && !changes.isEmpty()) {
      throw new IllegalArgumentException("a first edition has nothing to compare with");
    }
  }

  /** A first edition: nothing to compare with. */
  public static Changes none() {
    return new Changes(Optional.empty(), List.of(), Sensitivity.PUBLIC);
  }

  /** Whether there is no previous edition. */
  public boolean firstEdition() {
    return since.isEmpty();
  }

  /**
   * Whether any position changed: a stance moved, or an issue or side came or went. What a
   * publisher alerts readers on.
   */
  public boolean positionsChanged() {
    return changes.stream()
        .anyMatch(
            c ->
                c instanceof Change.StanceMoved
                    || (c instanceof Change.Listed l
                        && (l.what() == Change.What.ISSUE || l.what() == Change.What.SIDE)
                        && l.edit() != Change.Edit.REVISED));
  }

  /** The move of a side's own stance on an issue, if it moved. */
  public Optional<Change.StanceMoved> stanceMove(String issueId, String sideId) {
    return changes.stream()
        .filter(c -> c instanceof Change.StanceMoved)
        .map(c -> (Change.StanceMoved) c)
        .filter(m -> m.bySide() && m.id().equals(issueId) && m.holderId().equals(sideId))
        .findFirst();
  }

  /** Whether the issue is new in this edition. */
  public boolean issueAdded(String issueId) {
    return changes.stream()
        .anyMatch(
            c ->
                c instanceof Change.Listed l
                    && l.what() == Change.What.ISSUE
                    && l.edit() == Change.Edit.ADDED
                    && l.id().equals(issueId));
  }
}
