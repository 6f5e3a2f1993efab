package dev.briefsmith.audience;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sections a template may list, each with the on/off options it accepts and their defaults. */
public enum SectionKind {
  COVER(Map.of()),
  CONTENTS(Map.of("subsections", true)),
  CHANGES(Map.of("compact", false)),
  SUMMARY(Map.of()),
  KEY_JUDGMENTS(Map.of("probabilities", false, "confidence", true)),
  CONTEXT(Map.of()),
  TIMELINE(Map.of()),
  FACTIONS(Map.of("third_parties", true)),
  STATEMENTS(Map.of("quotes", true)),
  ANALYST_NOTES(Map.of()),
  POSITION_MATRIX(Map.of("compact", false, "legend", true, "changes", false)),
  FACTION_MATRIX(Map.of("legend", true)),
  RED_LINES(Map.of("compact", false)),
  OUTLOOK(Map.of("scenarios", false, "signposts", false)),
  SCENARIOS(Map.of("signposts", true)),
  SIGNPOSTS(Map.of()),
  STANCE_CHART(Map.of("factions", false)),
  ESTIMATIVE_LANGUAGE(Map.of()),
  SOURCES(Map.of());

  @SuppressWarnings("ImmutableEnumChecker") // Map.of is unmodifiable; Guava's type isn't needed
  private final Map<String, Boolean> flags;

  SectionKind(Map<String, Boolean> flags) {
    this.flags = flags;
  }

  /** The name used in templates, e.g. {@code position_matrix}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The on/off options this section accepts, with their defaults. */
  public Map<String, Boolean> flags() {
    return flags;
  }

  /** The section with this template name, if any. */
  public static Optional<SectionKind> byWord(String word) {
    for (SectionKind k : values()) {
      if (k.word().equals(word)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
