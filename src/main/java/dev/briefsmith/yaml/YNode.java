package dev.briefsmith.yaml;

import java.util.List;

/** A YAML node with its position in the source: a mapping, a sequence or a scalar. */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {

  /** Where the node starts. */
  Pos pos();

  /** What the node is, for messages: "a mapping", "a list", "text", "a number"... */
  String describe();

  /** A 1-based line and column, and the 0-based character offset in the source. */
  record Pos(int line, int column, int offset) {}

  /** A key and its value in a mapping. */
  record Entry(YScalar key, YNode value) {}

  /** A mapping, in source order. */
  record YMap(Pos pos, List<Entry> entries) implements YNode {
    public YMap {
      entries = List.copyOf(entries);
    }

    /** Whether the mapping has this key. */
    public boolean has(String key) {
      return entries.stream().anyMatch(e -> e.key().value().equals(key));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence. */
  record YSeq(Pos pos, List<YNode> items) implements YNode {
    public YSeq {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** The type a scalar resolves to under the YAML 1.2 core schema. */
  enum Kind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  /** A scalar with its text as written and the type it resolves to. */
  record YScalar(Pos pos, String value, Kind kind) implements YNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "text \"" + Excerpt.of(value) + "\"";
        case INT, FLOAT -> "the number " + Excerpt.of(value);
        case BOOL -> "the boolean " + value;
        case NULL -> "an empty value (null)";
      };
    }
  }
}
