package dev.briefsmith.render.pdf;

import dev.briefsmith.render.GlyphCoverage;
import dev.briefsmith.render.RenderException;
import dev.briefsmith.yaml.Excerpt;
import java.util.Locale;
import org.openpdf.text.pdf.BaseFont;

/**
 * Makes text printable in a font that lacks some of its characters. OpenPDF silently drops a
 * character the font has no glyph for; the bundled Noto builds lack, for example, the minus sign
 * U+2212. A few such characters have a stand-in that reads the same; any other missing character is
 * an error rather than a silent gap in the text.
 */
final class Glyphs {
  private Glyphs() {}

  /** {@code text} with stand-ins for the characters {@code font} lacks. */
  static String printable(String text, Coverage coverage) {
    if (coverage.hasAll(text)) {
      return text;
    }
    BaseFont font = coverage.font();
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n' || coverage.has(c)) {
                out.appendCodePoint(c);
              } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
              } else if (Character.getType(c) == Character.FORMAT
                  || Character.getType(c) == Character.CONTROL) {
                // invisible anyway (zero-width spaces, joiners): nothing is lost
              } else if (GlyphCoverage.standIn(c).isPresent()
                  && GlyphCoverage.standIn(c).get().codePoints().allMatch(coverage::has)) {
                out.append(GlyphCoverage.standIn(c).get());
              } else {
                throw new RenderException(
                    String.format(
                        Locale.ROOT,
                        "the font %s has no glyph for U+%04X (%s) in \"%s\"; bundle a font that"
                            + " has it or change the text",
                        font.getPostscriptFontName(),
                        c,
                        Character.getName(c),
                        Excerpt.of(text, 40)));
              }
            });
    return out.toString();
  }
}
