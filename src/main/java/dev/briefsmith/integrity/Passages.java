package dev.briefsmith.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the passage of a source closest to a quote that is not in it verbatim, so the error can
 * show what the source does say: the alignment of the quote's words on the source's that most of
 * their word trigrams (then pairs, then single words) agree on. Linear in the source's length.
 */
final class Passages {
  private Passages() {}

  /** The closest passage of {@code source} (normalised) to {@code quote}, or empty if none. */
  static String closest(String source, String quote, int maxChars) {
    Words text = Words.of(source);
    List<String> q = Words.of(quote).words();
    if (q.isEmpty() || text.size() == 0) {
      return "";
    }
    for (int n = Math.min(3, q.size()); n >= 1; n--) {
      int offset = bestOffset(text.words(), q, n);
      if (offset != Integer.MIN_VALUE) {
        int first = Math.max(0, offset);
        int last = Math.min(text.size() - 1, offset + q.size() - 1);
        if (first > last) {
          continue;
        }
        String passage = source.substring(text.start(first), text.end(last));
        return passage.length() <= maxChars ? passage : passage.substring(0, maxChars) + "\u2026";
      }
    }
    return "";
  }

  private static int bestOffset(List<String> text, List<String> quote, int n) {
    Map<String, List<Integer>> grams = new HashMap<>();
    for (int j = 0; j + n <= quote.size(); j++) {
      grams.computeIfAbsent(gram(quote, j, n), k -> new java.util.ArrayList<>()).add(j);
    }
    Map<Integer, Integer> votes = new HashMap<>();
    int best = Integer.MIN_VALUE;
    int bestVotes = 0;
    for (int i = 0; i + n <= text.size(); i++) {
      List<Integer> at = grams.get(gram(text, i, n));
      if (at == null) {
        continue;
      }
      for (int j : at) {
        int offset = i - j;
        int count = votes.merge(offset, 1, Integer::sum);
        if (count > bestVotes) {
          bestVotes = count;
          best = offset;
        }
      }
    }
    return best;
  }

  private static String gram(List<String> words, int from, int n) {
    return n == 1 ? words.get(from) : String.join(" ", words.subList(from, from + n));
  }
}
