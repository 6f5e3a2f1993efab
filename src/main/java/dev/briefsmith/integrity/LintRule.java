package dev.briefsmith.integrity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The analyst's lint: what each warning code means and how to fix it, as {@code validate --explain
 * CODE} prints it. Every warning of the lint ends with its code in brackets.
 */
public enum LintRule {
  DUPLICATE_ENTITY(
      "the same entity twice on one side",
      """
      Two items of one side (a faction and an actor, or two factions, or two actors) have the same
      or nearly the same name once case, a leading "the", punctuation and a bracketed abbreviation
      are set aside: "Pentagon" and "The Pentagon". A reader sees one body counted twice, in the
      stance chart and the faction matrix. Keep one: an actor that speaks for a whole faction can
      be that faction's only member, with a different name ("Pentagon spokesman"), or the faction
      can go.
      """),
  EVIDENCE_CONTRADICTS_STANCE(
      "evidence that contradicts the stance it supports",
      """
      A position cites as evidence a statement whose actor (or the actor's faction) has, in the
      issue's by_faction, a stance three or more points away from the side's stance, or of the
      opposite sign: the side is rated -2 while citing someone rated +1. Either the side's stance
      is wrong, or the statement is evidence of a division rather than of the position: leave it
      out of the evidence (the division shows through by_faction), or change the stance.
      """),
  ESTIMATIVE_COLUMN(
      "estimative language of the other ICD 203 column",
      """
      Prose uses a term of the other ICD 203 column than the brief's structured likelihoods: the
      brief rates its judgments "unlikely" (main column) and the bottom line says "improbable"
      (alternative column). A reader who knows ICD 203 takes a different word for a different
      band. Use the terms of one column throughout.
      """),
  ESTIMATIVE_VAGUE(
      "likelihood words outside ICD 203 in judgments and scenarios",
      """
      A key judgment or scenario says how likely something is in words ICD 203 does not define
      ("plausible", "possible", "could well", "may well", "perhaps", "conceivably"), so the reader
      cannot tell the band. Use the ICD 203 term of the band you mean (and set the item's
      likelihood), or say why the likelihood cannot be estimated. A note to the author, not an
      error.
      """),
  COMMENTARY_AS_STATEMENT(
      "our own commentary filed as a statement",
      """
      A statement's summary reads as the analyst's commentary ("Analyst note: ...", "We assess
      ...", "In our view ..."), but a statement prints as something its actor said, with the
      actor's name: the reader takes our judgment for theirs. Move the text to analyst_notes
      (with its own sensitivity), which prints in our own voice.
      """),
  SCENARIO_BANDS(
      "scenarios that cannot add up to 100%",
      """
      The outlook says its scenarios are mutually exclusive and exhaustive
      (exclusive_and_exhaustive: true), so their probabilities must sum to 100%. That is
      impossible when the lower ends of their bands add up to more than 100%, or the upper ends
      to less than 100%. Change a likelihood, or add the missing scenario.
      """);

  private final String summary;
  private final String explanation;

  LintRule(String summary, String explanation) {
    this.summary = summary;
    this.explanation = explanation;
  }

  /** The code as printed, e.g. {@code duplicate-entity}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A one-line summary. */
  public String summary() {
    return summary;
  }

  /** What the warning means and how to fix it. */
  public String explanation() {
    return explanation.strip();
  }

  /** The rule with this code, if any. */
  public static Optional<LintRule> of(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }

  /** The code as it ends a warning: " [duplicate-entity]". */
  String tag() {
    return " [" + code() + "]";
  }
}
