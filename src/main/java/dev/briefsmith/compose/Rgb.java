package dev.briefsmith.compose;

import java.util.HexFormat;
import java.util.regex.Pattern;

/** An sRGB colour. */
public record Rgb(int red, int green, int blue) {
  private static final Pattern HEX = Pattern.compile("#?[0-9A-Fa-f]{6}");

  private static final HexFormat UPPER = HexFormat.of().withUpperCase();

  /** Black. */
  public static final Rgb BLACK = new Rgb(0, 0, 0);

  /** White. */
  public static final Rgb WHITE = new Rgb(255, 255, 255);

  /** Checks each channel is 0..255. */
  public Rgb {
    for (int c : new int[] {red, green, blue}) {
      if (c < 0 || c > 255) {
        throw new IllegalArgumentException("colour channels are 0..255, got " + c);
      }
    }
  }

  /** Parses {@code #RRGGBB} (the # is optional). */
  public static Rgb hex(String hex) {
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("expected #RRGGBB, got " + hex);
    }
    int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
    return new Rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
  }

  /** The colour as {@code RRGGBB}, upper case, without #: the form Word uses. */
  public String hex() {
    // not String.format, which parses its pattern on every call: Word files ask for many
    return UPPER.toHexDigits(((red << 16) | (green << 8) | blue)).substring(2);
  }

  /** Relative luminance (WCAG), 0 for black to 1 for white. */
  public double luminance() {
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
