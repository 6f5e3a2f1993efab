package dev.briefsmith.integrity;

import dev.briefsmith.content.Actor;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.Scenario;
import dev.briefsmith.content.Side;
import dev.briefsmith.content.Source;
import dev.briefsmith.content.Statement;
import dev.briefsmith.content.ThirdParty;
import dev.briefsmith.integrity.ProseFields.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every field of a brief that prints as plain text (titles, names, roles, quotes, questions,
 * signposts), with its field path; with {@link ProseFields} these are all the words a brief prints.
 */
final class PlainFields {
  private PlainFields() {}

  /** Every printed text field of the brief: plain ones, then prose. */
  static List<Field> all(Brief b) {
    List<Field> out = new ArrayList<>(of(b));
    out.addAll(ProseFields.of(b));
    return out;
  }

  static List<Field> of(Brief b) {
    List<Field> out = new ArrayList<>();
    out.add(new Field("title", b.title()));
    add(out, "subtitle", b.subtitle());
    add(out, "series", b.series());
    list(out, "keywords", b.keywords());
    for (int i = 0; i < b.authors().size(); i++) {
      out.add(new Field("authors[" + i + "].name", b.authors().get(i).name()));
      add(out, "authors[" + i + "].affiliation", b.authors().get(i).affiliation());
    }
    for (int i = 0; i < b.sides().size(); i++) {
      Side s = b.sides().get(i);
      out.add(new Field("sides[" + i + "].name", s.name()));
      add(out, "sides[" + i + "].full_name", s.fullName());
    }
    for (int i = 0; i < b.factions().size(); i++) {
      out.add(new Field("factions[" + i + "].name", b.factions().get(i).name()));
    }
    for (int i = 0; i < b.actors().size(); i++) {
      Actor a = b.actors().get(i);
      out.add(new Field("actors[" + i + "].name", a.name()));
      add(out, "actors[" + i + "].role", a.role());
    }
    for (int i = 0; i < b.thirdParties().size(); i++) {
      ThirdParty t = b.thirdParties().get(i);
      out.add(new Field("third_parties[" + i + "].name", t.name()));
      add(out, "third_parties[" + i + "].role", t.role());
    }
    for (int i = 0; i < b.statements().size(); i++) {
      Statement s = b.statements().get(i);
      add(out, "statements[" + i + "].quote", s.quote());
      add(out, "statements[" + i + "].lead_in", s.leadIn());
    }
    for (int i = 0; i < b.issues().size(); i++) {
      Issue issue = b.issues().get(i);
      out.add(new Field("issues[" + i + "].question", issue.question()));
      add(out, "issues[" + i + "].label", issue.label());
    }
    for (int i = 0; i < b.outlook().scenarios().size(); i++) {
      Scenario s = b.outlook().scenarios().get(i);
      out.add(new Field("outlook.scenarios[" + i + "].title", s.title()));
      list(out, "outlook.scenarios[" + i + "].signposts", s.signposts());
    }
    list(out, "outlook.signposts", b.outlook().signposts());
    for (int i = 0; i < b.sources().size(); i++) {
      Source s = b.sources().get(i);
      out.add(new Field("sources[" + i + "].title", s.title()));
      add(out, "sources[" + i + "].publisher", s.publisher());
    }
    for (Map.Entry<Integer, String> e : b.stanceLabels().entrySet()) {
      if (!Brief.DEFAULT_STANCE_LABELS.get(e.getKey()).equals(e.getValue())) {
        out.add(new Field("stance_labels", e.getValue()));
      }
    }
    return out;
  }

  private static void add(List<Field> out, String path, Optional<String> value) {
    value.ifPresent(v -> out.add(new Field(path, v)));
  }

  private static void list(List<Field> out, String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      out.add(new Field(path + "[" + i + "]", values.get(i)));
    }
  }
}
