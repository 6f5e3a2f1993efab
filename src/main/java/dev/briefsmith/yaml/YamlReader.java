package dev.briefsmith.yaml;

import dev.briefsmith.yaml.YNode.Entry;
import dev.briefsmith.yaml.YNode.Kind;
import dev.briefsmith.yaml.YNode.Pos;
import dev.briefsmith.yaml.YNode.YMap;
import dev.briefsmith.yaml.YNode.YScalar;
import dev.briefsmith.yaml.YNode.YSeq;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one YAML document into a tree of positioned nodes, refusing what a brief never needs and
 * what could exhaust memory: bad encodings, several documents, custom tags, duplicate keys, deep
 * nesting and alias expansion beyond the limits. Builds the tree from parser events without
 * recursion, so nesting depth cannot overflow the stack. Stateless and thread-safe.
 */
public final class YamlReader {
  private static final String CORE = "tag:yaml.org,2002:";
  private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

  private final LoadLimits limits;
  private final String emptyMessage;

  /** A reader with these limits; {@code emptyMessage} explains what an empty file should hold. */
  public YamlReader(LoadLimits limits, String emptyMessage) {
    this.limits = limits;
    this.emptyMessage = emptyMessage;
  }

  /** The text of a file, or empty after reporting why it is not UTF-8. */
  public static Optional<String> decode(byte[] bytes, Problems problems) {
    Optional<String> other = otherEncoding(bytes);
    if (other.isPresent()) {
      problems.add(1, 1, Severity.ERROR, "the file is " + other.get() + "; save it as UTF-8");
      return Optional.empty();
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      String text = decoder.decode(in).toString();
      return unprintable(text, problems) ? Optional.empty() : Optional.of(text);
    } catch (MalformedInputException e) {
      int bad = findBadByte(bytes, start);
      int line = 1;
      int lineStart = start;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      problems.add(
          line,
          column,
          Severity.ERROR,
          String.format(
              "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
              bytes[bad] & 0xFF, bad));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      problems.add(1, 1, Severity.ERROR, "the file is not valid UTF-8; save it as UTF-8");
      return Optional.empty();
    }
  }

  /**
   * The encoding of a file that is UTF-16 or UTF-32, by its byte order mark or, without one, by the
   * zero bytes ASCII text has in those encodings.
   */
  private static Optional<String> otherEncoding(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return Optional.of("UTF-32 (big-endian)");
    }
    if (n >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return Optional.of("UTF-32 (little-endian)");
    }
    if (n >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return Optional.of("UTF-16 (big-endian)");
    }
    if (n >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return Optional.of("UTF-16 (little-endian)");
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return Optional.of("UTF-32 (big-endian, without a byte order mark)");
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return Optional.of("UTF-32 (little-endian, without a byte order mark)");
    }
    if (n >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
      return Optional.of("UTF-16 (big-endian, without a byte order mark)");
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      return Optional.of("UTF-16 (little-endian, without a byte order mark)");
    }
    return Optional.empty();
  }

  /**
   * Reports the first character YAML does not allow in a file (a NUL, another control character, a
   * noncharacter) at its line and column; whether there was one.
   */
  private static boolean unprintable(String text, Problems problems) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean allowed =
          cp == '\t'
              || cp == '\n'
              || cp == '\r'
              || (cp >= 0x20 && cp <= 0x7e)
              || cp == 0x85
              || (cp >= 0xa0 && cp <= 0xd7ff)
              || (cp >= 0xe000 && cp <= 0xfffd)
              || (cp >= 0x10000 && cp <= 0x10ffff);
      if (!allowed) {
        problems.add(
            line,
            column,
            Severity.ERROR,
            String.format(
                java.util.Locale.ROOT,
                "the file holds U+%04X (%s), which a YAML file may not contain; remove it, or"
                    + " write it as an escape in a double-quoted string if it is really meant",
                cp,
                cp == 0 ? "a NUL character" : "a control character or noncharacter"));
        return true;
      }
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static int findBadByte(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  /** The document's root node, or empty after reporting every problem found. */
  public Optional<YNode> read(String source, Problems problems) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(problems.file())
            .setUseMarks(true)
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1))
            // The whole document in one window: with the default 1 KiB window the scanner copies
            // the window again for every KiB of a long scalar, quadratic in the scalar's length.
            .setBufferSize(Math.max(1024, source.length() + 1))
            .build();
    Builder builder = new Builder(source, problems);
    try {
      for (Event event : new Parse(settings).parseString(source)) {
        if (!builder.accept(event)) {
          return Optional.empty();
        }
      }
    } catch (MarkedYamlEngineException e) {
      reportSyntax(source, e, problems);
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(1, 1, Severity.ERROR, "YAML error: " + firstLine(e.getMessage()));
      return Optional.empty();
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      // snakeyaml-engine throws a bare exception for a hex escape cut short at the end of the file,
      // not its own; found by the brief fuzz target
      int[] at = badEscape(source);
      problems.add(
          at[0],
          at[1],
          Severity.ERROR,
          "YAML syntax error: an incomplete escape (\\x needs 2 hex digits, \\u 4, \\U 8)");
      return Optional.empty();
    }
    if (builder.root == null) {
      if (!problems.hasErrors()) {
        problems.add(1, 1, Severity.ERROR, emptyMessage);
      }
      return Optional.empty();
    }
    return problems.hasErrors() ? Optional.empty() : Optional.of(builder.root);
  }

  /** The line and column of the first hex escape without its digits, or the file's end. */
  private static int[] badEscape(String source) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < source.length()) {
        char kind = source.charAt(i + 1);
        int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (digits > 0) {
          int j = i + 2;
          while (j < source.length() && j < i + 2 + digits && isHex(source.charAt(j))) {
            j++;
          }
          if (j < i + 2 + digits) {
            return new int[] {line, column};
          }
        }
        i++;
        column += 2;
        continue;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static void reportSyntax(String source, MarkedYamlEngineException e, Problems problems) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    String[] lines = source.split("\n", -1);
    String text = line - 1 < lines.length ? lines[line - 1] : "";
    int tab = text.indexOf('\t');
    if (tab >= 0 && text.substring(0, tab).isBlank()) {
      problems.add(
          line,
          tab + 1,
          Severity.ERROR,
          "a tab character indents this line; YAML indents with spaces only");
      return;
    }
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
    String context =
        e.getContext() == null
            ? ""
            : " ("
                + e.getContext()
                + e.getContextMark()
                    .filter(m -> m.getLine() + 1 != line)
                    .map(m -> " that starts at line " + (m.getLine() + 1))
                    .orElse("")
                + "; look for an unclosed quote or bracket, or a wrong indent)";
    problems.add(line, column, Severity.ERROR, "YAML syntax error: " + problem + context);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable document";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Builds the node tree from events, one frame per open collection. */
  private final class Builder {
    private final Problems problems;
    private final int[] lineOffsets;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private YNode root;
    private int documents;
    private int nodes;
    private int aliases;

    Builder(String source, Problems problems) {
      this.problems = problems;
      List<Integer> offsets = new ArrayList<>();
      offsets.add(0);
      for (int i = 0; i < source.length(); i++) {
        if (source.charAt(i) == '\n') {
          offsets.add(i + 1);
        }
      }
      this.lineOffsets = offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Handles one event; false stops reading. */
    boolean accept(Event event) {
      switch (event.getEventId()) {
        case DocumentStart -> {
          documents++;
          if (documents > 1) {
            problems.error(
                pos(event),
                "a second YAML document (---) starts here; a file holds exactly one brief");
            return false;
          }
        }
        case MappingStart, SequenceStart -> {
          CollectionStartEvent start = (CollectionStartEvent) event;
          Pos pos = pos(event);
          checkCollectionTag(start, pos);
          if (stack.size() >= limits.maxDepth()) {
            problems.error(
                pos,
                "the document nests deeper than "
                    + limits.maxDepth()
                    + " levels; a brief needs far fewer");
            return false;
          }
          boolean mapping = event.getEventId() == Event.ID.MappingStart;
          stack.push(new Frame(pos, mapping, anchorName(start)));
          return countNode(pos, 1);
        }
        case MappingEnd, SequenceEnd -> {
          Frame frame = stack.pop();
          YNode node =
              frame.mapping ? new YMap(frame.pos, frame.entries) : new YSeq(frame.pos, frame.items);
          return complete(node, frame.size, frame.anchor);
        }
        case Scalar -> {
          ScalarEvent scalar = (ScalarEvent) event;
          Pos pos = pos(event);
          Optional<Kind> kind = kind(scalar, pos);
          // A refused tag is reported and read as text, so later problems are reported too.
          Kind resolved = kind.orElse(Kind.STRING);
          return countNode(pos, 1)
              && complete(new YScalar(pos, scalar.getValue(), resolved), 1, anchorName(scalar));
        }
        case Alias -> {
          AliasEvent alias = (AliasEvent) event;
          Pos pos = pos(event);
          String name = alias.getAlias().getValue();
          Anchored target = anchors.get(name);
          if (target == null) {
            problems.error(pos, "alias *" + name + " refers to no anchor defined before it");
            return false;
          }
          aliases++;
          if (aliases > limits.maxAliases()) {
            problems.error(
                pos,
                "more than " + limits.maxAliases() + " aliases (*name); a brief needs far fewer");
            return false;
          }
          return countNode(pos, target.size) && complete(target.node, target.size, null);
        }
        default -> {
          // Stream and document ends, comments: nothing to build.
        }
      }
      return true;
    }

    private boolean countNode(Pos pos, int count) {
      nodes += count;
      if (nodes > limits.maxNodes()) {
        problems.error(
            pos,
            "the document expands to more than "
                + limits.maxNodes()
                + " nodes (aliases repeating aliases?); refusing to read it");
        return false;
      }
      return true;
    }

    private boolean complete(YNode node, int size, String anchor) {
      if (anchor != null) {
        anchors.put(anchor, new Anchored(node, size));
      }
      Frame parent = stack.peek();
      if (parent == null) {
        root = node;
        return true;
      }
      parent.size += size;
      if (!parent.mapping) {
        parent.items.add(node);
        return true;
      }
      if (parent.pendingKey == null) {
        if (!(node instanceof YScalar key) || key.kind() == Kind.NULL) {
          problems.error(node.pos(), "a mapping key must be a plain name, not " + node.describe());
          return false;
        }
        if (!parent.keys.add(key.value())) {
          problems.error(
              key.pos(),
              "duplicate key \""
                  + key.value()
                  + "\" (already set at line "
                  + parent.firstLine.get(key.value())
                  + "); each key may appear once");
          parent.skipNext = true;
        } else {
          parent.firstLine.put(key.value(), key.pos().line());
        }
        parent.pendingKey = key;
        return true;
      }
      if (!parent.skipNext) {
        parent.entries.add(new Entry(parent.pendingKey, node));
      }
      parent.skipNext = false;
      parent.pendingKey = null;
      return true;
    }

    private boolean checkCollectionTag(CollectionStartEvent start, Pos pos) {
      Optional<String> tag = start.getTag();
      if (tag.isEmpty() || start.isImplicit()) {
        return true;
      }
      String expected = start.getEventId() == Event.ID.MappingStart ? "map" : "seq";
      if (tag.get().equals(CORE + expected)) {
        return true;
      }
      problems.error(pos, "the YAML tag " + shortTag(tag.get()) + " is not allowed in a brief");
      return false;
    }

    private Optional<Kind> kind(ScalarEvent scalar, Pos pos) {
      Optional<String> tag = scalar.getTag();
      boolean implicit =
          scalar.isPlain()
              ? scalar.getImplicit().canOmitTagInPlainScalar()
              : scalar.getImplicit().canOmitTagInNonPlainScalar();
      String resolved =
          tag.isEmpty() || implicit || tag.get().equals("!")
              ? RESOLVER.resolve(scalar.getValue(), scalar.isPlain()).getValue()
              : tag.get();
      if (tag.isPresent() && tag.get().equals("!")) {
        resolved = Tag.STR.getValue();
      }
      Kind kind =
          switch (resolved) {
            case CORE + "str" -> Kind.STRING;
            case CORE + "int" -> Kind.INT;
            case CORE + "float" -> Kind.FLOAT;
            case CORE + "bool" -> Kind.BOOL;
            case CORE + "null" -> Kind.NULL;
            default -> null;
          };
      if (kind == null) {
        problems.error(
            pos,
            resolved.equals(CORE + "binary")
                ? "binary data (!!binary) is not allowed in a brief; write text"
                : "the YAML tag "
                    + shortTag(resolved)
                    + " is not allowed in a brief; write plain text, numbers, lists and mappings");
      }
      return Optional.ofNullable(kind);
    }

    private static String shortTag(String tag) {
      return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
    }

    private static String anchorName(NodeEvent event) {
      return event.getAnchor().map(a -> a.getValue()).orElse(null);
    }

    private Pos pos(Event event) {
      Optional<Mark> mark = event.getStartMark();
      int line = mark.map(Mark::getLine).orElse(0);
      int column = mark.map(Mark::getColumn).orElse(0);
      int offset = line < lineOffsets.length ? lineOffsets[line] + column : 0;
      return new Pos(line + 1, column + 1, offset);
    }
  }

  /** An open mapping or sequence. */
  private static final class Frame {
    final Pos pos;
    final boolean mapping;
    final String anchor;
    final List<Entry> entries = new ArrayList<>();
    final List<YNode> items = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    final Map<String, Integer> firstLine = new HashMap<>();
    YScalar pendingKey;
    boolean skipNext;
    int size = 1;

    Frame(Pos pos, boolean mapping, String anchor) {
      this.pos = pos;
      this.mapping = mapping;
      this.anchor = anchor;
    }
  }

  /** A node defined with an anchor, and how many nodes it stands for. */
  private record Anchored(YNode node, int size) {}
}
