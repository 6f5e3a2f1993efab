package dev.briefsmith.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What text may hold, at the edges of printable ASCII, where the check takes its shortcut. */
class CharactersTest {
  @Test
  void printableAsciiTabAndLineFeedPassAndTheControlsAroundThemAreFound() {
    StringBuilder ascii = new StringBuilder("\t\n");
    for (char c = 0x20; c < 0x7f; c++) {
      ascii.append(c);
    }
    assertThat(Characters.forbidden(ascii.toString())).isEmpty();
    assertThat(Characters.forbidden("Téhéran \u00a0 \u062a\u0647\u0631\u0627\u0646 \ud83d\ude00"))
        .isEmpty();

    assertThat(found("ab\u001fc")).contains("U+001F (a control character) at character 3");
    assertThat(found("abc\u007f")).contains("U+007F (a control character) at character 4");
    assertThat(found("\u009f")).contains("U+009F (a control character) at character 1");
    assertThat(found("\r")).contains("U+000D (a control character) at character 1");
    // characters are counted as characters: a pair before the control is one
    assertThat(found("\ud83d\ude00x\u0000"))
        .contains("U+0000 (a control character) at character 3");
    assertThat(found("x\ufffe")).contains("U+FFFE (a Unicode noncharacter) at character 2");
    assertThat(found("x\ud83d"))
        .contains("U+D83D (half of a surrogate pair, not a character) at character 2");
  }

  private static Optional<String> found(String text) {
    return Characters.forbidden(text).map(Characters.Found::describe);
  }
}
