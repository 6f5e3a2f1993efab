package dev.briefsmith.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.briefsmith.compose.ChangeWords;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Change;
import dev.briefsmith.diff.Changes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The changes between two editions as JSON ({@code briefsmith-diff/1}), for programs: every change
 * with its group, kind, ids, old and new values, and the line a person reads.
 */
final class ChangesJson {
  /** The format tag written into the output. */
  static final String FORMAT = "briefsmith-diff/1";

  private ChangesJson() {}

  static byte[] write(Brief after, LocalDate from, Sensitivity sensitivity, Changes changes)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("brief", after.id());
      g.writeStringField("from", from.toString());
      g.writeStringField("to", after.asOf().toString());
      g.writeStringField("sensitivity", sensitivity.word());
      g.writeBooleanField("positions_changed", changes.positionsChanged());
      ChangeWords words = ChangeWords.english(after);
      g.writeArrayFieldStart("changes");
      for (Change c : changes.changes()) {
        g.writeStartObject();
        g.writeStringField("group", c.group().word());
        fields(g, c);
        g.writeStringField("text", words.line(c));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void fields(JsonGenerator g, Change c) throws IOException {
    switch (c) {
      case Change.StanceMoved m -> {
        g.writeStringField("kind", "stance");
        g.writeStringField("id", m.id());
        g.writeStringField("issue", m.issue());
        g.writeStringField("holder", m.holderId());
        g.writeStringField("holder_name", m.holder());
        string(g, "side", m.side());
        number(g, "from", m.from());
        number(g, "to", m.to());
      }
      case Change.AlignmentChanged a -> {
        g.writeStringField("kind", "alignment");
        g.writeStringField("id", a.id());
        g.writeStringField("issue", a.issue());
        g.writeStringField("from", a.from().word());
        g.writeStringField("to", a.to().word());
      }
      case Change.Listed l -> {
        g.writeStringField("kind", l.edit().word());
        g.writeStringField("what", l.what().word());
        g.writeStringField("id", l.id());
        g.writeStringField("label", l.label());
        string(g, "owner", l.owner());
      }
      case Change.LikelihoodChanged l -> {
        g.writeStringField("kind", "likelihood");
        g.writeStringField("what", l.what().word());
        g.writeStringField("id", l.id());
        g.writeStringField("label", l.label());
        string(g, "from", l.from().map(b -> b.term()));
        string(g, "to", l.to().map(b -> b.term()));
      }
      case Change.ConfidenceChanged x -> {
        g.writeStringField("kind", "confidence");
        g.writeStringField("id", x.id());
        g.writeStringField("label", x.label());
        string(g, "from", x.from().map(v -> v.word()));
        string(g, "to", x.to().map(v -> v.word()));
      }
      case Change.FirmnessChanged f -> {
        g.writeStringField("kind", "firmness");
        g.writeStringField("id", f.id());
        g.writeStringField("label", f.label());
        string(g, "owner", f.owner());
        string(g, "from", f.from().map(v -> v.word()));
        string(g, "to", f.to().map(v -> v.word()));
      }
    }
  }

  private static void string(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void number(JsonGenerator g, String name, Optional<Integer> v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }
}
