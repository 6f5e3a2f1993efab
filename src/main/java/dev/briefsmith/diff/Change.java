package dev.briefsmith.diff;

import dev.briefsmith.content.Confidence;
import dev.briefsmith.content.Firmness;
import dev.briefsmith.content.Likelihood;
import dev.briefsmith.select.Alignment;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One change between two editions of a brief, found by matching items by id. */
public sealed interface Change {

  /** The group a change is listed under, in the order groups are listed. */
  enum Group {
    POSITIONS,
    ISSUES,
    KEY_JUDGMENTS,
    SCENARIOS,
    RED_LINES,
    STATEMENTS,
    TEXT;

    /** The name used in JSON, e.g. {@code key_judgments}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What kind of item a listed change is about. */
  enum What {
    SIDE(Group.POSITIONS),
    POSITION(Group.POSITIONS),
    ISSUE(Group.ISSUES),
    KEY_JUDGMENT(Group.KEY_JUDGMENTS),
    SCENARIO(Group.SCENARIOS),
    RED_LINE(Group.RED_LINES),
    STATEMENT(Group.STATEMENTS),
    SUMMARY(Group.TEXT),
    CONTEXT(Group.TEXT),
    OUTLOOK(Group.TEXT);

    private final Group group;

    What(Group group) {
      this.group = group;
    }

    /** The group it is listed under. */
    public Group group() {
      return group;
    }

    /** The name used in JSON, e.g. {@code red_line}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether an item came, went, or had its text edited. */
  enum Edit {
    ADDED,
    REMOVED,
    REVISED;

    /** The name used in JSON. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The group this change is listed under. */
  Group group();

  /** The id of the item it is about (for a stance, the issue's). */
  String id();

  /**
   * A stance that moved: a side's, or (with {@code side}) a faction's or actor's on that side.
   *
   * @param holderId the side, faction or actor
   * @param side the name of the holder's side, for a faction or an actor
   */
  record StanceMoved(
      String id,
      String issue,
      String holderId,
      String holder,
      Optional<String> side,
      Optional<Integer> from,
      Optional<Integer> to)
      implements Change {
    /** Checks the fields: the stance must differ. */
    public StanceMoved {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(holderId, "holderId");
      Objects.requireNonNull(holder, "holder");
      Objects.requireNonNull(side, "side");
      if (from.equals(to)) {
        throw new IllegalArgumentException("a stance that moved differs");
      }
    }

    @Override
    public Group group() {
      return Group.POSITIONS;
    }

    /** Whether this is a side's own stance (not a faction's or an actor's). */
    public boolean bySide() {
      return side.isEmpty();
    }
  }

  /** An issue whose computed alignment changed. */
  record AlignmentChanged(String id, String issue, Alignment.Level from, Alignment.Level to)
      implements Change {
    /** Checks the fields. */
    public AlignmentChanged {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(issue, "issue");
      if (from == to) {
        throw new IllegalArgumentException("a changed alignment differs");
      }
    }

    @Override
    public Group group() {
      return Group.POSITIONS;
    }
  }

  /**
   * An item added, removed or revised.
   *
   * @param owner a statement's actor, a red line's side, a position's side
   */
  record Listed(What what, Edit edit, String id, String label, Optional<String> owner)
      implements Change {
    /** Checks the fields. */
    public Listed {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(edit, "edit");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Group group() {
      return what.group();
    }
  }

  /** A key judgment's or scenario's likelihood that was set, cleared, raised or lowered. */
  record LikelihoodChanged(
      What what,
      String id,
      String label,
      Optional<Likelihood.Band> from,
      Optional<Likelihood.Band> to)
      implements Change {
    /** Checks the fields. */
    public LikelihoodChanged {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      if (from.equals(to)) {
        throw new IllegalArgumentException("a changed likelihood differs");
      }
    }

    @Override
    public Group group() {
      return what.group();
    }
  }

  /** A key judgment's confidence that changed. */
  record ConfidenceChanged(
      String id, String label, Optional<Confidence> from, Optional<Confidence> to)
      implements Change {
    /** Checks the fields. */
    public ConfidenceChanged {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      if (from.equals(to)) {
        throw new IllegalArgumentException("a changed confidence differs");
      }
    }

    @Override
    public Group group() {
      return Group.KEY_JUDGMENTS;
    }
  }

  /** A red line's firmness that changed. */
  record FirmnessChanged(
      String id,
      String label,
      Optional<String> owner,
      Optional<Firmness> from,
      Optional<Firmness> to)
      implements Change {
    /** Checks the fields. */
    public FirmnessChanged {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(owner, "owner");
      if (from.equals(to)) {
        throw new IllegalArgumentException("a changed firmness differs");
      }
    }

    @Override
    public Group group() {
      return Group.RED_LINES;
    }
  }
}
