package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.render.Fonts;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openpdf.text.pdf.BaseFont;

/** Running heads and footers are cut to their room in one pass, whatever the text's length. */
class RunningHeadTest {
  private static final BaseFont FONT =
      new PdfFonts(new Fonts(), 1).base(FontFamily.NOTO_SANS, false, false);

  @Test
  void textThatFitsIsKeptWhole() {
    String text = "Iraq, ISIS and the question of US-Iran cooperation";
    assertThat(PageFurniture.fit(text, FONT, 8, 1000)).isEqualTo(text);
  }

  @Test
  void textThatDoesNotFitIsCutWithAnEllipsisAndFits() {
    String text = "Iraq, ISIS and the question of US-Iran cooperation";
    String cut = PageFurniture.fit(text, FONT, 8, 80);
    assertThat(cut).endsWith("\u2026").hasSizeLessThan(text.length());
    assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
    assertThat(FONT.getWidthPoint(cut, 8)).isLessThanOrEqualTo(80);
    // one more character would not have fitted
    String longer = text.substring(0, cut.length()) + "\u2026";
    assertThat(FONT.getWidthPoint(longer, 8)).isGreaterThan(80);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard: the old loop was quadratic
  void aMillionCharactersWithoutASpaceAreCutInOnePass() {
    String text = "T".repeat(1_000_000);
    String cut = PageFurniture.fit(text, FONT, 8, 200);
    assertThat(cut).endsWith("\u2026");
    assertThat(FONT.getWidthPoint(cut, 8)).isLessThanOrEqualTo(200);
  }

  @Test
  void charactersOutsideTheBasicPlaneAreNeverSplit() {
    // "A" has a width, the mathematical bold A (a surrogate pair) may have none in this font
    String text = "A\ud835\udc00".repeat(200);
    for (float room = 20; room < 60; room += 0.5f) {
      String cut = PageFurniture.fit(text, FONT, 8, room);
      assertThat(cut).endsWith("\u2026");
      String kept = cut.substring(0, cut.length() - 1);
      assertThat(kept.codePoints().filter(cp -> cp >= 0xd800 && cp <= 0xdfff).count())
          .as("lone surrogates at room " + room)
          .isZero();
    }
  }
}
