package dev.briefsmith.compose;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every label but the date patterns replaced by a mark ("§" and its placeholders): an edition
 * composed with these prints nothing of the catalogue's words, so what is left is the brief's own
 * text.
 */
public final class LabelMarks {
  private LabelMarks() {}

  /** The overrides, by label key. */
  public static Map<String, String> all() {
    Map<String, String> marks = new TreeMap<>();
    LabelCatalogue.ENGLISH
        .messages()
        .forEach(
            (key, message) -> {
              if (!key.startsWith("date.")) {
                marks.put(
                    key,
                    "\u00a7"
                        + Message.placeholders(message).stream()
                            .map(n -> " {" + n + "}")
                            .collect(Collectors.joining()));
              }
            });
    return marks;
  }
}
