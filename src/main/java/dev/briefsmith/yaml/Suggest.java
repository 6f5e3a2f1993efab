package dev.briefsmith.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for near misses: the closest candidate within a small edit distance. */
public final class Suggest {
  private Suggest() {}

  public static Optional<String> closest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    return candidates.stream()
        // the distance is at least the difference in length: a huge word is compared with none
        .filter(c -> Math.abs(w.length() - c.length()) <= Math.max(1, c.length() / 3))
        .filter(c -> distance(w, c.toLowerCase(Locale.ROOT)) <= Math.max(1, c.length() / 3))
        .min(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase(Locale.ROOT))));
  }

  /** The suffix "; did you mean "x"?" or "". */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean \"" + c + "\"?").orElse("");
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
