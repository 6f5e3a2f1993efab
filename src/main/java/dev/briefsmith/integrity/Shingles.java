package dev.briefsmith.integrity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every run of {@link #LENGTH} consecutive words of a text, hashed, to find prose that copies a
 * source: a shared run of that many words is rarely chance. Immutable.
 */
final class Shingles {
  /** How many consecutive words count as copied. */
  static final int LENGTH = 8;

  private final Set<Long> hashes;

  private Shingles(Set<Long> hashes) {
    this.hashes = hashes;
  }

  /** The shingles of normalised text. */
  static Shingles of(String normalised) {
    List<String> words = Words.of(normalised).words();
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i + LENGTH <= words.size(); i++) {
      hashes.add(hash(words, i));
    }
    return new Shingles(hashes);
  }

  /**
   * The longest run of words of {@code words} that this text also holds, as {@code {start, length}}
   * in words, or null when no run of {@link #LENGTH} words is shared.
   */
  int[] longestSharedRun(List<String> words) {
    int bestStart = -1;
    int bestLength = 0;
    int runStart = -1;
    for (int i = 0; i + LENGTH <= words.size(); i++) {
      if (hashes.contains(hash(words, i))) {
        if (runStart < 0) {
          runStart = i;
        }
        int length = i - runStart + LENGTH;
        if (length > bestLength) {
          bestLength = length;
          bestStart = runStart;
        }
      } else {
        runStart = -1;
      }
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestLength};
  }

  private static long hash(List<String> words, int from) {
    long h = 1125899906842597L;
    for (int k = from; k < from + LENGTH; k++) {
      h = 31 * h + words.get(k).hashCode();
      h ^= h >>> 29;
    }
    return h;
  }
}
