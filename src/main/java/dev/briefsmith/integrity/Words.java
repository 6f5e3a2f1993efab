package dev.briefsmith.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of normalised text, lower-cased, with where each starts and ends: letters, digits and
 * marks, with apostrophes and hyphens inside a word kept ("doesn't", "Amir-Abdollahian").
 */
final class Words {
  private final List<String> words;
  private final int[] starts;
  private final int[] ends;

  private Words(List<String> words, int[] starts, int[] ends) {
    this.words = words;
    this.starts = starts;
    this.ends = ends;
  }

  /** The words of {@code text}. */
  static Words of(String text) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n
          && (isWordChar(text.charAt(i))
              || (isJoiner(text.charAt(i)) && i + 1 < n && isWordChar(text.charAt(i + 1))))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        spans.add(new int[] {start, i});
      }
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int k = 0; k < spans.size(); k++) {
      starts[k] = spans.get(k)[0];
      ends[k] = spans.get(k)[1];
    }
    return new Words(List.copyOf(words), starts, ends);
  }

  /** The words, lower-cased, in order. */
  List<String> words() {
    return words;
  }

  /** Where word {@code k} starts in the text. */
  int start(int k) {
    return starts[k];
  }

  /** Where word {@code k} ends in the text (exclusive). */
  int end(int k) {
    return ends[k];
  }

  int size() {
    return words.size();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '-';
  }
}
