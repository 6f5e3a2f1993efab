package dev.briefsmith.compose;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every string anywhere in a document model: text, metadata, furniture, alt text, chart labels. */
public final class DocumentStrings {
  private DocumentStrings() {}

  public static List<String> of(Object root) {
    List<String> out = new ArrayList<>();
    walk(root, out);
    return out;
  }

  private static void walk(Object o, List<String> out) {
    switch (o) {
      case null -> {}
      case String s -> out.add(s);
      case Optional<?> opt -> opt.ifPresent(v -> walk(v, out));
      case Collection<?> c -> c.forEach(v -> walk(v, out));
      case Map<?, ?> m ->
          m.forEach(
              (k, v) -> {
                walk(k, out);
                walk(v, out);
              });
      case Record r -> {
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
          try {
            walk(rc.getAccessor().invoke(r), out);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      default -> {}
    }
  }
}
