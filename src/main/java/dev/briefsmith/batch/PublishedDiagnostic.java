package dev.briefsmith.batch;

import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.yaml.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diagnostic as the run report in the output folder may show it. The output folder is published
 * (a web folder, a share), and a message can name an item of any sensitivity ("source \"x\" is
 * never cited") or quote its text, so the report keeps only what says where to look: the file,
 * line, column, severity and the field path cut to the format's own field names and list indexes
 * ({@code issues[2].by_faction}, never the faction id after it). The full message goes to the run's
 * log on standard output and standard error, which belong to the operator.
 */
record PublishedDiagnostic(String file, int line, int column, String severity, String field) {
  private static final Set<String> FIELD_NAMES = BriefLoader.fieldNames();
  private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)((?:\\[\\d+])*)");

  /** The diagnostic with its message withheld. */
  static PublishedDiagnostic of(Diagnostic d) {
    return new PublishedDiagnostic(
        d.file(), d.line(), d.column(), d.severity().word(), field(d.message()));
  }

  /** One line, in the form of the log's, without the message. */
  String text() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + severity
        + ": "
        + (field.isEmpty() ? "" : field + ": ")
        + "details in the run's log (withheld from the published folder)";
  }

  /**
   * The field path a message starts with, as far as it consists of the format's field names and
   * indexes; "" when the message does not start with one.
   */
  static String field(String message) {
    int colon = message.indexOf(": ");
    if (colon < 0) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String segment : message.substring(0, colon).split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches() || !FIELD_NAMES.contains(m.group(1))) {
        break;
      }
      kept.add(segment);
    }
    return String.join(".", kept);
  }
}
