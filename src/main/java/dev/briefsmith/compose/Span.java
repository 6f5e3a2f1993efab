package dev.briefsmith.compose;

import java.util.Objects;
import java.util.Optional;

/** A run of inline content: styled text, or a reference to a numbered endnote. */
public sealed interface Span permits Span.Text, Span.NoteRef {

  /**
   * Styled text, in {@code language} (a BCP 47 tag) when not the document's; {@code spoken} is what
   * assistive technology reads instead, where the text leads with a symbol that only repeats its
   * words ("–– opposes" is read "opposes").
   */
  record Text(
      String text,
      boolean bold,
      boolean italic,
      Optional<Rgb> color,
      Optional<String> language,
      Optional<String> spoken)
      implements Span {
    /** Text in the document's language. */
    public Text(String text, boolean bold, boolean italic, Optional<Rgb> color) {
      this(text, bold, italic, color, Optional.empty(), Optional.empty());
    }

    /** Text in {@code language}, read as written. */
    public Text(
        String text, boolean bold, boolean italic, Optional<Rgb> color, Optional<String> language) {
      this(text, bold, italic, color, language, Optional.empty());
    }

    /** Checks the fields. */
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(color, "color");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(spoken, "spoken");
    }
  }

  /**
   * A superscript reference to endnote {@code number}, after {@code separator} (empty, or the
   * separator from the group's previous number), printed as raised as the number.
   */
  record NoteRef(int number, String separator) implements Span {
    /** Checks the fields. */
    public NoteRef {
      Objects.requireNonNull(separator, "separator");
    }

    /** A reference with no separator: the first, or only, of its group. */
    public NoteRef(int number) {
      this(number, "");
    }
  }

  /** Plain text. */
  static Span text(String text) {
    return new Text(text, false, false, Optional.empty());
  }

  /** Bold text. */
  static Span bold(String text) {
    return new Text(text, true, false, Optional.empty());
  }

  /** Italic text. */
  static Span italic(String text) {
    return new Text(text, false, true, Optional.empty());
  }
}
