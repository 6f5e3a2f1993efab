package dev.briefsmith.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a position matrix with many sides stays legible: its sides are split, in brief order, into
 * tables (parts) of at most {@link #MOST_SIDES} sides each, fewer when the widest word would not
 * fit a side's column, as evenly as possible. Every part repeats the issue column; the alignment
 * column, computed across all sides, ends the last part. Decided here, once, so the PDF and the
 * Word file split alike.
 *
 * <p>Word widths are estimated from character counts (the compose step has no font metrics): a
 * generous average advance per character, so a word that is estimated to fit does fit.
 */
final class MatrixParts {
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s/]+");
  private static final Pattern END_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");

  /** The most sides one table shows; five is where the matrix still reads at its smaller type. */
  static final int MOST_SIDES = 5;

  /** The fewest sides a part has when words are long: splitting further would not help. */
  static final int FEWEST_SIDES = 2;

  /**
   * Advance of a character, in ems, bold and regular: the bundled Noto Sans and Noto Serif average
   * 0.51-0.61 (bold, a capitalised word) and 0.47-0.57 (regular).
   */
  private static final float BOLD_EM = 0.6f;

  private static final float REGULAR_EM = 0.56f;

  private MatrixParts() {}

  /** Column weights of a matrix part: issue, {@code sides} sides, and alignment when last. */
  static List<Float> weights(int sides, boolean compact, boolean alignment) {
    List<Float> weights = new ArrayList<>();
    weights.add(compact ? 2.2f : 2.4f);
    for (int i = 0; i < sides; i++) {
      weights.add(compact ? 1.4f : 2.3f);
    }
    if (alignment) {
      // wide enough for the word "Alignment" in the header at the matrix's type size
      weights.add(alignmentWeight(sides, compact));
    }
    return weights;
  }

  private static float alignmentWeight(int sides, boolean compact) {
    return (compact ? 1.4f : 1.5f) * (sides >= 4 ? 1.3f : 1f);
  }

  /** The type size of a matrix part with {@code sides} sides, as a share of the base size. */
  static float scale(int sides, boolean compact) {
    return (sides <= 3 ? 1f : sides == 4 ? 0.9f : 0.8f) * (compact ? 0.9f : 1f);
  }

  /** The estimated width, in ems, of the widest word of {@code text}. */
  static float widestWord(String text, boolean bold) {
    int longest = 0;
    for (String word : WORD_BREAK.split(text, -1)) {
      // punctuation at either end is narrow, and may hang at the line's end
      String core = END_PUNCTUATION.matcher(word).replaceAll("");
      longest = Math.max(longest, core.codePointCount(0, core.length()));
    }
    return longest * (bold ? BOLD_EM : REGULAR_EM);
  }

  /**
   * The sides of each part, in order.
   *
   * @param widestWord the estimated width in ems of the widest word printed in a side's column (its
   *     name, the stance words, the summaries), from {@link #widestWord}
   */
  static <T> List<List<T>> split(
      List<T> sides, float widestWord, float textWidthPt, float baseSizePt, boolean compact) {
    int most = mostSides(widestWord, textWidthPt, baseSizePt, compact);
    int parts = (sides.size() + most - 1) / most;
    List<List<T>> out = new ArrayList<>();
    int from = 0;
    for (int p = 0; p < parts; p++) {
      // as even as possible: earlier parts take the remainder
      int size = sides.size() / parts + (p < sides.size() % parts ? 1 : 0);
      out.add(List.copyOf(sides.subList(from, from + size)));
      from += size;
    }
    return out;
  }

  /** The most sides a part may show so that a side's column holds its longest word. */
  static int mostSides(float widestWord, float textWidthPt, float baseSizePt, boolean compact) {
    for (int n = MOST_SIDES; n > FEWEST_SIDES; n--) {
      if (fits(n, widestWord, textWidthPt, baseSizePt, compact)) {
        return n;
      }
    }
    return FEWEST_SIDES;
  }

  private static boolean fits(
      int n, float widestWord, float textWidthPt, float baseSizePt, boolean compact) {
    // the widest part: the last, which also has the alignment column
    float total = 0;
    for (float w : weights(n, compact, true)) {
      total += w;
    }
    float column = textWidthPt * weights(n, compact, true).get(1) / total;
    float type = baseSizePt * scale(n, compact);
    // cells are padded by half the type size on either side
    return widestWord * type + type <= column;
  }
}
