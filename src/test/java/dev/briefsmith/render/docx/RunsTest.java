package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text cut into left-to-right and right-to-left stretches, and formats compared by value. */
class RunsTest {
  private static List<String> cut(String text) {
    return Runs.directional(text).stream().map(s -> s[0] + ":" + s[1]).toList();
  }

  @Test
  void textWithoutRightToLeftLettersIsOneStretch() {
    assertThat(cut("“Κυριάκος” — Łódź, Сергей 😀 ½"))
        .containsExactly("L:“Κυριάκος” — Łódź, Сергей 😀 ½");
    assertThat(cut("")).containsExactly("L:");
  }

  @Test
  void arabicScriptAndHebrewAreStretchesOfTheirOwn() {
    assertThat(cut("Tehran said ما از هرگونه today"))
        .containsExactly("L:Tehran said ", "R:ما از هرگونه ", "L:today");
    assertThat(cut("שלום world")).containsExactly("R:שלום ", "L:world");
    // a right-to-left letter beyond the basic plane (Adlam) is found too
    assertThat(cut("a \uD83A\uDD00")).containsExactly("L:a ", "R:\uD83A\uDD00");
  }

  @Test
  void formatsAreEqualByValueAndReuseThemselvesWhenNothingChanges() {
    RunFormat a = RunFormat.PLAIN.size(9).bold(true);
    RunFormat b = RunFormat.PLAIN.bold(true).size(9);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.bold(true)).isSameAs(a);
    assertThat(a.italic(false)).isSameAs(a);
    assertThat(a).isNotEqualTo(a.italic(true)).isNotEqualTo(a.size(10));
    assertThat(RunFormat.PLAIN.color(java.util.Optional.empty())).isSameAs(RunFormat.PLAIN);
  }
}
