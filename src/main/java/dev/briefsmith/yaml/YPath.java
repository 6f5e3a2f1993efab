package dev.briefsmith.yaml;

import dev.briefsmith.yaml.YNode.Entry;
import dev.briefsmith.yaml.YNode.YMap;
import dev.briefsmith.yaml.YNode.YSeq;
import java.util.Optional;

/**
 * Finds a node by the field path diagnostics use, e.g. {@code statements[3].quote} or {@code
 * issues[0].positions.north.summary}. Paths are built from ids and field names, which never contain
 * dots or brackets.
 */
public final class YPath {
  private YPath() {}

  /** The node at {@code path} below {@code root}, if there is one ("" is the root itself). */
  public static Optional<YNode> find(YNode root, String path) {
    YNode node = root;
    if (path.isEmpty()) {
      return Optional.of(node);
    }
    for (String part : path.split("\\.", -1)) {
      String key = part;
      int bracket = part.indexOf('[');
      if (bracket >= 0) {
        key = part.substring(0, bracket);
      }
      if (!key.isEmpty()) {
        node = child(node, key);
        if (node == null) {
          return Optional.empty();
        }
      }
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        if (close < 0 || !(node instanceof YSeq seq)) {
          return Optional.empty();
        }
        int index;
        try {
          index = Integer.parseInt(part.substring(bracket + 1, close));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (index < 0 || index >= seq.items().size()) {
          return Optional.empty();
        }
        node = seq.items().get(index);
        bracket = part.indexOf('[', close);
      }
    }
    return Optional.of(node);
  }

  private static YNode child(YNode node, String key) {
    if (node instanceof YMap map) {
      for (Entry e : map.entries()) {
        if (e.key().value().equals(key)) {
          return e.value();
        }
      }
    }
    return null;
  }
}
