package dev.briefsmith.yaml;

/**
 * A value as messages quote it: at most a short, clearly cut excerpt, so that a huge or hostile
 * value never reaches a log whole. Control characters are shown escaped.
 */
public final class Excerpt {
  /** The longest excerpt, in characters, that messages quote by default. */
  public static final int DEFAULT = 60;

  private Excerpt() {}

  /** {@code value} cut to {@link #DEFAULT} characters. */
  public static String of(String value) {
    return of(value, DEFAULT);
  }

  /**
   * {@code value} cut to at most {@code max} characters, with "…" and the full length after a cut;
   * controls and line breaks are written as {@code \n}, {@code \u0000} and so on.
   */
  public static String of(String value, int max) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 16);
    int shown = 0;
    int i = 0;
    while (i < value.length() && shown < max) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      shown++;
      if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(cp)
          || Character.getType(cp) == Character.SURROGATE
          || (cp >= 0x202a && cp <= 0x202e)
          || (cp >= 0x2066 && cp <= 0x2069)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    if (i < value.length()) {
      out.append("\u2026 (")
          .append(
              String.format(java.util.Locale.ROOT, "%,d", value.codePointCount(0, value.length())))
          .append(" characters)");
    }
    return out.toString();
  }
}
