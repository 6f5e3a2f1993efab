package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlyphCoverageTest {
  private final GlyphCoverage coverage = new GlyphCoverage(new Fonts());

  @Test
  void theCommonCharactersTheShortcutAssumesAreInEveryBundledFace() {
    for (int cp = 0; cp <= 0x2026; cp++) {
      if (GlyphCoverage.isCommon(cp)) {
        assertThat(coverage.coveredByFonts(cp)).as("U+%04X", cp).isTrue();
      }
    }
  }

  @Test
  void aCharacterNoFontHasIsFoundWithItsPlace() {
    GlyphCoverage.OptionalCodePoint missing = coverage.firstMissing("ab \ud83d\ude00 c");
    assertThat(missing.isPresent()).isTrue();
    assertThat(missing.codePoint()).isEqualTo(0x1F600);
    assertThat(missing.index()).isEqualTo(4);
    assertThat(coverage.firstMissing("Kadhimiya \u2212 \u062a\u0647\u0631\u0627\u0646").isPresent())
        .isFalse();
  }
}
