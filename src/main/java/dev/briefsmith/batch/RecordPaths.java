package dev.briefsmith.batch;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The paths the builder writes inside the output folder, and the check that a path read back from a
 * record (manifest or journal) is one of them. Records are input like any other: a file in the
 * output folder anyone may have edited, so a run acts on a recorded path (rebuilds, prunes) only if
 * it has exactly the form the builder itself would have written.
 */
final class RecordPaths {
  /** Brief ids and audience names: the slug that BriefReader and TemplateLoader accept. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private RecordPaths() {}

  /** {@code <id>/<id>.<audience>.<pdf|docx>}. */
  static String output(String briefId, String audience, Format format) {
    return briefId + "/" + briefId + "." + audience + "." + format.extension();
  }

  /** {@code digest/<audience>.pdf}. */
  static String digest(String audience) {
    return "digest/" + audience + ".pdf";
  }

  /** What is wrong with a recorded output, or empty if the builder could have written it. */
  static Optional<String> problem(Manifest.Entry e) {
    if (!NAME.matcher(e.briefId()).matches()) {
      return Optional.of("its brief id is not a slug such as river-dispute-2031");
    }
    if (!NAME.matcher(e.audience()).matches()) {
      return Optional.of("its audience is not a name such as executive");
    }
    String expected = output(e.briefId(), e.audience(), e.format());
    return e.path().equals(expected)
        ? Optional.empty()
        : Optional.of("its path is not " + expected + ", the only one the builder writes for it");
  }

  /** What is wrong with a recorded digest, or empty if the builder could have written it. */
  static Optional<String> problem(Manifest.Digest d) {
    if (!NAME.matcher(d.audience()).matches()) {
      return Optional.of("its audience is not a name such as executive");
    }
    String expected = digest(d.audience());
    return d.path().equals(expected)
        ? Optional.empty()
        : Optional.of("its path is not " + expected + ", the only one the builder writes for it");
  }

  /** What is wrong with a recorded edition entry, or empty if the builder could have written it. */
  static Optional<String> problem(Manifest.EditionEntry e) {
    if (!NAME.matcher(e.brief()).matches()) {
      return Optional.of("its brief id is not a slug such as river-dispute-2031");
    }
    if (!NAME.matcher(e.audience()).matches()) {
      return Optional.of("its audience is not a name such as executive");
    }
    return Optional.empty();
  }

  /** A recorded string as it appears in a message: quoted, escaped and cut short. */
  static String quote(String s) {
    String cut = s.length() > 120 ? s.substring(0, 120) + "..." : s;
    StringBuilder b = new StringBuilder("\"");
    cut.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append('"').toString();
  }
}
