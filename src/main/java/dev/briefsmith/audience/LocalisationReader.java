package dev.briefsmith.audience;

import dev.briefsmith.compose.Calendar;
import dev.briefsmith.compose.LabelCatalogue;
import dev.briefsmith.compose.Localisation;
import dev.briefsmith.yaml.Fields;
import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.YNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a template's {@code locale}, {@code calendar} and {@code labels}: a well-formed BCP 47 tag,
 * a calendar's name, and labels that exist in the English catalogue with the same placeholders (an
 * unknown key is an error with "did you mean"). Not thread-safe: one per template file.
 */
final class LocalisationReader {
  private final Problems problems;

  LocalisationReader(Problems problems) {
    this.problems = problems;
  }

  /** The settings of a template whose top-level fields are {@code f}. */
  Localisation read(Fields f) {
    Optional<String> locale = f.optional("locale", this::locale);
    Calendar calendar =
        f.optional("calendar", (n, p) -> Fields.word(n, p, Calendar.class, problems))
            .orElse(Calendar.GREGORIAN);
    Map<String, String> labels = f.optional("labels", this::labels).orElse(Map.of());
    return new Localisation(locale, calendar, labels);
  }

  private String locale(YNode node, String path) {
    return Fields.languageTag(node, path, "en, fr, fr-CA, fa", problems);
  }

  private Map<String, String> labels(YNode node, String path) {
    if (!(node instanceof YNode.YMap map)) {
      problems.error(
          node.pos(), path + ": expected a mapping of label keys to words, got " + node.describe());
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (YNode.Entry e : map.entries()) {
      String key = e.key().value();
      String keyPath = path + "." + key;
      Optional<String> unknown = LabelCatalogue.problem(key, "");
      if (unknown.isPresent() && !LabelCatalogue.ENGLISH.messages().containsKey(key)) {
        problems.error(e.key().pos(), keyPath + ": " + unknown.get());
        continue;
      }
      String message = Fields.text(e.value(), keyPath, problems);
      if (message == null) {
        continue;
      }
      Optional<String> problem = LabelCatalogue.problem(key, message);
      if (problem.isPresent()) {
        problems.error(e.value().pos(), keyPath + ": " + problem.get());
      } else {
        out.put(key, message);
      }
    }
    return out;
  }
}
