package dev.briefsmith.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code size} values made, by key, the least recently used dropped first: for work whose
 * result the next documents of a run mostly share (a chart's PNG, a font's packed subset, a style
 * reference's parts). Thread-safe; a value is made outside the lock, so two threads may both make
 * the same one, and the result is the same. Keys and values must never change.
 *
 * @param <K> what decides the value
 * @param <V> the value
 */
public final class Remembered<K, V> {
  /** Makes a value, or fails with {@code X}. */
  @FunctionalInterface
  public interface Maker<V, X extends Exception> {
    V make() throws X;
  }

  private final Map<K, V> values;

  /** A memory of at most {@code size} values. */
  public Remembered(int size) {
    this.values =
        new LinkedHashMap<>(size * 2, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > size;
          }
        };
  }

  /** The value for {@code key}: remembered, or made by {@code maker} and remembered. */
  public <X extends Exception> V get(K key, Maker<V, X> maker) throws X {
    synchronized (values) {
      V known = values.get(key);
      if (known != null) {
        return known;
      }
    }
    V made = maker.make();
    synchronized (values) {
      values.put(key, made);
    }
    return made;
  }
}
