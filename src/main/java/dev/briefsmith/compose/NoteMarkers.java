package dev.briefsmith.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where note markers stand and how they read, decided once for every format: a marker follows the
 * punctuation it touches ("ISIS.¹", never "ISIS¹."); markers that meet form one group, in which a
 * note cited twice prints once (so "¹¹" cannot read as note 11) and different notes are separated
 * by {@link #SEPARATOR} ("¹,²").
 */
final class NoteMarkers {
  /** The separator between the numbers of a group, printed as raised as the numbers. */
  static final String SEPARATOR = ",";

  /** The punctuation a marker steps over: a sentence's or a clause's end, not a bracket. */
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[.,;:!?]+");

  private NoteMarkers() {}

  /** {@code spans} with their markers placed after punctuation, grouped and de-duplicated. */
  static List<Span> settle(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < spans.size()) {
      if (!(spans.get(i) instanceof Span.NoteRef)) {
        out.add(spans.get(i++));
        continue;
      }
      // A group: markers, with nothing between them but empty text or punctuation to hop over.
      Set<Integer> numbers = new LinkedHashSet<>();
      while (i < spans.size()) {
        Span s = spans.get(i);
        if (s instanceof Span.NoteRef r) {
          numbers.add(r.number());
          i++;
        } else if (s instanceof Span.Text t && t.text().isEmpty()) {
          i++;
        } else if (s instanceof Span.Text t && leadingPunctuation(t) > 0) {
          int n = leadingPunctuation(t);
          out.add(
              new Span.Text(
                  t.text().substring(0, n),
                  t.bold(),
                  t.italic(),
                  t.color(),
                  t.language(),
                  t.spoken()));
          String rest = t.text().substring(n);
          if (rest.isEmpty()) {
            i++;
          } else {
            spans =
                replace(
                    spans,
                    i,
                    new Span.Text(rest, t.bold(), t.italic(), t.color(), t.language(), t.spoken()));
            break;
          }
        } else {
          break;
        }
      }
      boolean first = true;
      for (int number : numbers) {
        out.add(new Span.NoteRef(number, first ? "" : SEPARATOR));
        first = false;
      }
    }
    return out;
  }

  private static int leadingPunctuation(Span.Text t) {
    Matcher m = LEADING_PUNCTUATION.matcher(t.text());
    return m.find() ? m.end() : 0;
  }

  private static List<Span> replace(List<Span> spans, int index, Span with) {
    List<Span> copy = new ArrayList<>(spans);
    copy.set(index, with);
    return copy;
  }
}
