package dev.briefsmith.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language an edition is printed in, as far as renderers need it: its locale, whether it reads
 * right to left, its digits (for the numbers renderers print themselves: page numbers, note
 * numbers, contents), and its page label. Immutable.
 *
 * @param pageNumber the page label with the placeholders {@code {page}} and {@code {pages}}, e.g.
 *     "Page {page} of {pages}"
 * @param coverPage the PDF page label of an unnumbered cover page
 */
public record Edition(
    String locale, boolean rightToLeft, char zeroDigit, String pageNumber, String coverPage) {

  /** Languages written right to left. */
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ku-Arab");

  private static final Pattern PAGE = Pattern.compile("\\{(page|pages)\\}");

  /** An English edition, left to right. */
  public static final Edition ENGLISH =
      new Edition("en", false, '0', "Page {page} of {pages}", "Cover");

  /** Checks the fields. */
  public Edition {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(pageNumber, "pageNumber");
    Objects.requireNonNull(coverPage, "coverPage");
    if (!Character.isDigit(zeroDigit) || Character.digit(zeroDigit, 10) != 0) {
      throw new IllegalArgumentException("not a zero digit: " + zeroDigit);
    }
  }

  /** Whether a language (a BCP 47 tag) is written right to left. */
  public static boolean rightToLeft(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    if (l.getScript().equals("Arab") || l.getScript().equals("Hebr")) {
      return true;
    }
    if (l.getScript().equals("Latn") || l.getScript().equals("Cyrl")) {
      return false;
    }
    return RIGHT_TO_LEFT.contains(l.getLanguage());
  }

  /** {@code n} in the edition's digits. */
  public String digits(long n) {
    String ascii = Long.toString(n);
    if (zeroDigit == '0') {
      return ascii;
    }
    StringBuilder b = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      char ch = ascii.charAt(i);
      b.append(ch >= '0' && ch <= '9' ? (char) (zeroDigit + (ch - '0')) : ch);
    }
    return b.toString();
  }

  /** The page label of page {@code page} of {@code pages}, e.g. "Page 2 of 5". */
  public String pageLabel(int page, int pages) {
    StringBuilder b = new StringBuilder();
    for (String part : pageParts()) {
      b.append(
          switch (part) {
            case "{page}" -> digits(page);
            case "{pages}" -> digits(pages);
            default -> part;
          });
    }
    return b.toString();
  }

  /**
   * The page label in parts, in order: literal text, and the tokens {@code {page}} and {@code
   * {pages}} where a renderer puts the numbers (Word's PAGE and NUMPAGES fields).
   */
  public List<String> pageParts() {
    List<String> parts = new ArrayList<>();
    Matcher m = PAGE.matcher(pageNumber);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        parts.add(pageNumber.substring(at, m.start()));
      }
      parts.add(m.group());
      at = m.end();
    }
    if (at < pageNumber.length()) {
      parts.add(pageNumber.substring(at));
    }
    return parts;
  }
}
