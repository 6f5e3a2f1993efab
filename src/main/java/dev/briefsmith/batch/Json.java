package dev.briefsmith.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small JSON helpers over Jackson's streaming API: a generator with a fixed layout (two spaces,
 * {@code \n} line ends on every system, so equal records give equal bytes), and a reader into plain
 * maps and lists.
 */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** Writes with {@code body} and returns the UTF-8 bytes, ending with a newline. */
  static byte[] write(Body body, boolean pretty) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, body, pretty);
    return out.toByteArray();
  }

  /** Writes with {@code body} to {@code out} as UTF-8, ending with a newline; leaves it open. */
  static void write(OutputStream out, Body body, boolean pretty) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(
            new DefaultPrettyPrinter()
                .withSeparators(
                    Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
      }
      body.write(g);
    }
    out.write('\n');
  }

  /** What writes one JSON value. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes a string field, or null. */
  static void field(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  /** What takes one field of an object read by {@link #readObject}. */
  @FunctionalInterface
  interface Fields {
    /**
     * Takes the field {@code name}, whose value starts at the parser's current token: read it whole
     * with {@link #value}, or element by element with {@link #each}.
     */
    void field(String name, JsonParser p) throws IOException;
  }

  /** What takes one element of an array read by {@link #each}, as {@link #read} would give it. */
  @FunctionalInterface
  interface Elements {
    void element(Object value) throws IOException;
  }

  /**
   * Reads one JSON object from a stream, field by field, without holding the text or a tree of the
   * whole: a record of tens of thousands of outputs is read in the memory its entries take. Fails
   * if the stream holds more than {@code maxBytes}, anything but an object, or text after it.
   */
  static void readObject(InputStream in, long maxBytes, Fields fields) throws IOException {
    JsonFactory bounded =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxDocumentLength(maxBytes).build())
            .build();
    try (JsonParser p = bounded.createParser(in)) {
      p.nextToken();
      fields(p, fields);
      if (p.nextToken() != null) {
        throw new IOException("text after the JSON value");
      }
    } catch (StreamConstraintsException e) {
      throw new IOException("over the limit of " + maxBytes + " bytes for this record", e);
    }
  }

  /** Reads the object that starts at the parser's current token, one field at a time. */
  static void fields(JsonParser p, Fields fields) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected a JSON object");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      fields.field(name, p);
    }
  }

  /**
   * Reads the array that starts at the parser's current token, one element at a time. Equal strings
   * in its elements are one object, taken from {@code strings} (and added to it): the entries of a
   * record repeat the same brief, template and program hashes many times over.
   */
  static void each(JsonParser p, Map<String, String> strings, Elements elements)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IOException("expected a JSON array, got " + p.currentToken());
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      elements.element(value(p, strings));
    }
  }

  /** Reads one JSON value: maps (in order), lists, strings, numbers (Long or Double), booleans. */
  static Object read(byte[] bytes) throws IOException {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      if (p.nextToken() == null) {
        throw new IOException("empty JSON");
      }
      Object value = value(p);
      if (p.nextToken() != null) {
        throw new IOException("text after the JSON value");
      }
      return value;
    }
  }

  /** The value that starts at the parser's current token, as {@link #read} gives it. */
  static Object value(JsonParser p) throws IOException {
    return value(p, null);
  }

  /** {@link #value(JsonParser)}, its strings shared through {@code strings} unless null. */
  private static Object value(JsonParser p, Map<String, String> strings) throws IOException {
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, value(p, strings));
        }
        yield map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, strings));
        }
        yield list;
      }
      case VALUE_STRING -> {
        String text = p.getText();
        if (strings == null) {
          yield text;
        }
        String known = strings.putIfAbsent(text, text);
        yield known != null ? known : text;
      }
      case VALUE_NUMBER_INT -> p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
      case VALUE_NULL -> Optional.empty();
      default -> throw new IOException("unexpected JSON token " + t);
    };
  }

  /** A field of a JSON object read by {@link #read}, with its expected type. */
  static <T> T get(Object object, String name, Class<T> type) throws IOException {
    if (!(object instanceof Map<?, ?> map)) {
      throw new IOException("expected a JSON object");
    }
    Object v = map.get(name);
    if (!type.isInstance(v)) {
      throw new IOException(
          "field \"" + name + "\": expected " + type.getSimpleName() + ", got " + v);
    }
    return type.cast(v);
  }

  /** A string field that may be null. */
  static Optional<String> optional(Object object, String name) throws IOException {
    if (!(object instanceof Map<?, ?> map)) {
      throw new IOException("expected a JSON object");
    }
    return map.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
  }
}
