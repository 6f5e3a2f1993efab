package dev.briefsmith.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefsmith.content.Confidence;
import dev.briefsmith.content.Firmness;
import dev.briefsmith.content.Likelihood;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Edition;
import dev.briefsmith.diff.Edition.IssueState;
import dev.briefsmith.diff.Edition.Item;
import dev.briefsmith.diff.Edition.Party;
import dev.briefsmith.select.Alignment;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link Edition} as JSON and back. Reading checks every field (types, enum words, dates, and
 * the edition's own checks), so a damaged or edited record is refused as a whole, never half used.
 */
final class EditionJson {
  private EditionJson() {}

  static void write(JsonGenerator g, Edition e) throws IOException {
    g.writeStartObject();
    g.writeStringField("as_of", e.asOf().toString());
    g.writeStringField("highest", e.highest().word());
    g.writeArrayFieldStart("parties");
    for (Party p : e.parties()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("name", p.name());
      Json.field(g, "side", p.side());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("issues");
    for (IssueState i : e.issues()) {
      g.writeStartObject();
      g.writeStringField("id", i.id());
      g.writeStringField("label", i.label());
      g.writeStringField("digest", i.digest());
      stances(g, "stances", i.stances());
      g.writeObjectFieldStart("summaries");
      for (Map.Entry<String, String> s : i.summaries().entrySet()) {
        g.writeStringField(s.getKey(), s.getValue());
      }
      g.writeEndObject();
      stances(g, "by_faction", i.byFaction());
      g.writeStringField("alignment", i.alignment().name().toLowerCase(Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
    items(g, "statements", e.statements());
    items(g, "red_lines", e.redLines());
    items(g, "key_judgments", e.keyJudgments());
    items(g, "scenarios", e.scenarios());
    g.writeObjectFieldStart("prose");
    for (Map.Entry<String, String> p : e.prose().entrySet()) {
      g.writeStringField(p.getKey(), p.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void stances(JsonGenerator g, String name, Map<String, Optional<Integer>> m)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Optional<Integer>> s : m.entrySet()) {
      if (s.getValue().isPresent()) {
        g.writeNumberField(s.getKey(), s.getValue().get());
      } else {
        g.writeNullField(s.getKey());
      }
    }
    g.writeEndObject();
  }

  private static void items(JsonGenerator g, String name, List<Item> items) throws IOException {
    g.writeArrayFieldStart(name);
    for (Item i : items) {
      g.writeStartObject();
      g.writeStringField("id", i.id());
      g.writeStringField("label", i.label());
      Json.field(g, "owner", i.owner());
      g.writeStringField("digest", i.digest());
      Json.field(g, "likelihood", i.likelihood().map(b -> b.name().toLowerCase(Locale.ROOT)));
      Json.field(g, "confidence", i.confidence().map(Confidence::word));
      Json.field(g, "firmness", i.firmness().map(Firmness::word));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Reads an edition written by {@link #write}; any problem is an IOException saying what. */
  static Edition read(Object json, String briefId) throws IOException {
    try {
      List<Party> parties = new ArrayList<>();
      for (Object p : Json.get(json, "parties", List.class)) {
        parties.add(
            new Party(
                Json.get(p, "id", String.class),
                Json.get(p, "name", String.class),
                Json.optional(p, "side")));
      }
      List<IssueState> issues = new ArrayList<>();
      for (Object i : Json.get(json, "issues", List.class)) {
        Map<String, String> summaries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> s : map(Json.get(i, "summaries", Map.class)).entrySet()) {
          summaries.put(String.valueOf(s.getKey()), string(s.getValue()));
        }
        issues.add(
            new IssueState(
                Json.get(i, "id", String.class),
                Json.get(i, "label", String.class),
                Json.get(i, "digest", String.class),
                stances(Json.get(i, "stances", Map.class)),
                summaries,
                stances(Json.get(i, "by_faction", Map.class)),
                word(Alignment.Level.class, Json.get(i, "alignment", String.class))));
      }
      Map<String, String> prose = new LinkedHashMap<>();
      for (Map.Entry<?, ?> p : map(Json.get(json, "prose", Map.class)).entrySet()) {
        prose.put(String.valueOf(p.getKey()), string(p.getValue()));
      }
      return new Edition(
          briefId,
          LocalDate.parse(Json.get(json, "as_of", String.class)),
          word(Sensitivity.class, Json.get(json, "highest", String.class)),
          parties,
          issues,
          items(json, "statements"),
          items(json, "red_lines"),
          items(json, "key_judgments"),
          items(json, "scenarios"),
          prose);
    } catch (IllegalArgumentException | DateTimeParseException | ClassCastException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static List<Item> items(Object json, String name) throws IOException {
    List<Item> items = new ArrayList<>();
    for (Object i : Json.get(json, name, List.class)) {
      items.add(
          new Item(
              Json.get(i, "id", String.class),
              Json.get(i, "label", String.class),
              Json.optional(i, "owner"),
              Json.get(i, "digest", String.class),
              optionalWord(Likelihood.Band.class, Json.optional(i, "likelihood")),
              optionalWord(Confidence.class, Json.optional(i, "confidence")),
              optionalWord(Firmness.class, Json.optional(i, "firmness"))));
    }
    return items;
  }

  private static Map<String, Optional<Integer>> stances(Map<?, ?> json) throws IOException {
    Map<String, Optional<Integer>> m = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : json.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Long n && n >= -2 && n <= 2) {
        m.put(String.valueOf(e.getKey()), Optional.of(n.intValue()));
      } else if (v instanceof Optional<?> o && o.isEmpty()) {
        m.put(String.valueOf(e.getKey()), Optional.empty());
      } else {
        throw new IOException("a stance is an integer from -2 to 2 or null, got " + v);
      }
    }
    return m;
  }

  private static Map<?, ?> map(Map<?, ?> m) {
    return m;
  }

  private static String string(Object v) throws IOException {
    if (v instanceof String s) {
      return s;
    }
    throw new IOException("expected a string, got " + v);
  }

  private static <E extends Enum<E>> E word(Class<E> type, String word) throws IOException {
    try {
      return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown " + type.getSimpleName() + " \"" + word + "\"", e);
    }
  }

  private static <E extends Enum<E>> Optional<E> optionalWord(Class<E> type, Optional<String> w)
      throws IOException {
    return w.isEmpty() ? Optional.empty() : Optional.of(word(type, w.get()));
  }
}
