package dev.briefsmith.diff;

import dev.briefsmith.content.Confidence;
import dev.briefsmith.content.Firmness;
import dev.briefsmith.content.Likelihood;
import dev.briefsmith.content.Position;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.select.Alignment;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of a brief as one audience saw it: what a later edition is compared with. It holds
 * only what the diff needs (ids, short labels, typed values, and a digest of each prose field in
 * place of its text), taken from the brief after selection, so it never holds more than that
 * audience may see. Made by {@link Editions#of}; immutable; lists keep the brief's order.
 *
 * @param highest the most sensitive level of the items in it
 * @param parties the sides, and the factions and actors with a stance by faction
 * @param prose a digest of each prose field of the brief as a whole, by {@link Change.What} word
 */
public record Edition(
    String briefId,
    LocalDate asOf,
    Sensitivity highest,
    List<Party> parties,
    List<IssueState> issues,
    List<Item> statements,
    List<Item> redLines,
    List<Item> keyJudgments,
    List<Item> scenarios,
    Map<String, String> prose) {

  /** The longest label an edition keeps; longer ones are cut at a word with an ellipsis. */
  public static final int MAX_LABEL = 160;

  /** Checks and copies the fields. */
  public Edition {
    Objects.requireNonNull(briefId, "briefId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(highest, "highest");
    parties = List.copyOf(parties);
    issues = List.copyOf(issues);
    statements = List.copyOf(statements);
    redLines = List.copyOf(redLines);
    keyJudgments = List.copyOf(keyJudgments);
    scenarios = List.copyOf(scenarios);
    prose = Collections.unmodifiableMap(new LinkedHashMap<>(prose));
    checkUnique(parties.stream().map(Party::id).toList(), "party");
    checkUnique(issues.stream().map(IssueState::id).toList(), "issue");
    checkUnique(statements.stream().map(Item::id).toList(), "statement");
    checkUnique(redLines.stream().map(Item::id).toList(), "red line");
    checkUnique(keyJudgments.stream().map(Item::id).toList(), "key judgment");
    checkUnique(scenarios.stream().map(Item::id).toList(), "scenario");
    prose.forEach((k, v) -> checkDigest(v));
  }

  /**
   * A side (no {@code side}), or a faction or actor of the side {@code side}.
   *
   * @param name the name printed
   */
  public record Party(String id, String name, Optional<String> side) {
    /** Checks the fields. */
    public Party {
      checkLabel(id, "id");
      checkLabel(name, "name");
      Objects.requireNonNull(side, "side").ifPresent(x -> checkLabel(x, "side"));
    }
  }

  /**
   * An issue: its row label, a digest of its question and label, each side's stance and a digest of
   * its position summary, the stances by faction or actor, and the computed alignment.
   */
  public record IssueState(
      String id,
      String label,
      String digest,
      Map<String, Optional<Integer>> stances,
      Map<String, String> summaries,
      Map<String, Optional<Integer>> byFaction,
      Alignment.Level alignment) {
    /** Checks and copies the fields; stances are on the -2..+2 scale. */
    public IssueState {
      checkLabel(id, "id");
      checkLabel(label, "label");
      checkDigest(digest);
      stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances));
      summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
      byFaction = Collections.unmodifiableMap(new LinkedHashMap<>(byFaction));
      stances.values().forEach(s -> s.ifPresent(Position::checkStance));
      byFaction.values().forEach(s -> s.ifPresent(Position::checkStance));
      summaries.values().forEach(Edition::checkDigest);
      Objects.requireNonNull(alignment, "alignment");
    }

    /** The stance of a side, empty when it states none (or is not in this edition). */
    public Optional<Integer> stance(String sideId) {
      return stances.getOrDefault(sideId, Optional.empty());
    }
  }

  /**
   * A statement, red line, key judgment or scenario.
   *
   * @param label the words that name it in a change list (a title, or the start of its text)
   * @param owner who it belongs to: a statement's actor, a red line's side
   * @param digest of every printed field, so any edit shows as "revised"
   */
  public record Item(
      String id,
      String label,
      Optional<String> owner,
      String digest,
      Optional<Likelihood.Band> likelihood,
      Optional<Confidence> confidence,
      Optional<Firmness> firmness) {
    /** Checks the fields. */
    public Item {
      checkLabel(id, "id");
      checkLabel(label, "label");
      Objects.requireNonNull(owner, "owner").ifPresent(o -> checkLabel(o, "owner"));
      checkDigest(digest);
      Objects.requireNonNull(likelihood, "likelihood");
      Objects.requireNonNull(confidence, "confidence");
      Objects.requireNonNull(firmness, "firmness");
    }
  }

  /** The party with this id, if any. */
  public Optional<Party> party(String id) {
    return parties.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The sides, in order. */
  public List<Party> sides() {
    return parties.stream().filter(p -> p.side().isEmpty()).toList();
  }

  static void checkLabel(String s, String what) {
    Objects.requireNonNull(s, what);
    if (s.isEmpty() || s.length() > MAX_LABEL) {
      throw new IllegalArgumentException(
          what + ": expected 1 to " + MAX_LABEL + " characters, got " + s.length());
    }
    // a label is printed: a control character in it would come from an edited record. A loop,
    // not a stream or a pattern: every label of every edition made and read is checked (with the
    // digests, 1.7% of a long bench's samples as a stream and a pattern)
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
        throw new IllegalArgumentException(what + ": a control character");
      }
    }
  }

  /** A digest is 32 lower-case hex digits (the first half of a SHA-256). */
  static void checkDigest(String d) {
    Objects.requireNonNull(d, "digest");
    boolean hex = d.length() == 32;
    for (int i = 0; hex && i < d.length(); i++) {
      char ch = d.charAt(i);
      hex = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
    }
    if (!hex) {
      throw new IllegalArgumentException("a digest is 32 hex digits");
    }
  }

  private static void checkUnique(List<String> ids, String what) {
    if (ids.stream().distinct().count() != ids.size()) {
      throw new IllegalArgumentException("a " + what + " id is listed twice");
    }
  }
}
