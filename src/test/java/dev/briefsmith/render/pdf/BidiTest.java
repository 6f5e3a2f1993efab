package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.render.Direction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bidi algorithm runs only for documents with text that needs it. */
class BidiTest {
  @Test
  void latinGreekAndCyrillicTextNeedsNoBidi() {
    assertThat(Bidi.any("Zoë, Αθήνα, Москва, Kraków – “quoted” ± ‖ 1-5%")).isFalse();
    assertThat(Bidi.needed(Briefs.document(List.of(para("Plain text.")), "Latin", false)))
        .isFalse();
  }

  @Test
  void rightToLeftTextArabicDigitsAndBidiControlsNeedIt() {
    assertThat(Bidi.any("Tehran calls it rud (رود)")).isTrue();
    assertThat(Bidi.any("שלום")).isTrue();
    assertThat(Bidi.any("\u0661\u0662")).isTrue();
    assertThat(Bidi.any("a\u202Eb")).isTrue();
    // anywhere in the document: a table cell is enough
    Block table =
        new Table(
            List.of(1f),
            List.of(new Row(List.of(Cell.of("Header")))),
            List.of(new Row(List.of(Cell.of("تهران")))),
            TableStyle.GRID,
            true,
            1f,
            Optional.empty());
    assertThat(Bidi.needed(Briefs.document(List.of(para("Plain."), table), "Mixed", false)))
        .isTrue();
  }

  @Test
  void aParagraphReadsRightToLeftExactlyWhenTheBidiAlgorithmSaysSo() {
    List<String> texts =
        List.of(
            "Plain English.",
            "Zoë, Αθήνα, Москва",
            "",
            "رود در تهران",
            "Tehran calls it rud (رود)",
            "(1) «رود» is a word",
            "1234 שלום",
            // Adlam, right to left beyond the basic plane: a surrogate pair
            "\uD83A\uDD00\uD83A\uDD01 text",
            "\u202Eoverride but no strong letter",
            // a right-to-left mark is a strong right-to-left character of its own
            "\u200Fmarked, then English",
            "\u0661\u0662 and then English");
    for (String text : texts) {
      // the answer, shortcut and all, is the bidi algorithm's (rules P2 and P3)
      boolean algorithm =
          !text.isEmpty()
              && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
                  .baseIsLeftToRight();
      assertThat(Direction.rightToLeft(para(text))).as(text).isEqualTo(algorithm);
    }
    assertThat(Direction.rightToLeft(para("رود در تهران"))).isTrue();
    assertThat(Direction.rightToLeft(para("\uD83A\uDD00\uD83A\uDD01"))).isTrue();
    assertThat(Direction.rightToLeft(para("Plain English."))).isFalse();
  }

  @Test
  void everyCharacterOfTheBasicPlaneBeforeEnglishGetsTheBidiAlgorithmsAnswer() {
    // the shortcut skips the algorithm for text without a strong right-to-left character; each
    // character, typographic quotes and dashes among them, decides a paragraph it opens as the
    // algorithm does (lone surrogates are left to the pairs above)
    for (char c = 1; c < 0xFFFF; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String text = c + "\u201Cquoted\u201D \u2014 English";
      boolean algorithm =
          !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
              .baseIsLeftToRight();
      assertThat(Direction.rightToLeft(para(text))).as("U+%04X", (int) c).isEqualTo(algorithm);
    }
  }

  private static Paragraph para(String text) {
    return Paragraph.of(text, ParaStyle.BODY);
  }
}
