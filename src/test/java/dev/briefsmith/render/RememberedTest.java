package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A bounded memory of made values, least recently used dropped first. */
class RememberedTest {
  @Test
  void makesAValueOnceWhileItIsRemembered() {
    Remembered<String, String> memory = new Remembered<>(2);
    AtomicInteger made = new AtomicInteger();
    assertThat(memory.get("a", () -> "A" + made.incrementAndGet())).isEqualTo("A1");
    assertThat(memory.get("a", () -> "A" + made.incrementAndGet())).isEqualTo("A1");
    assertThat(made).hasValue(1);
  }

  @Test
  void dropsTheLeastRecentlyUsedBeyondItsSize() {
    Remembered<String, String> memory = new Remembered<>(2);
    AtomicInteger made = new AtomicInteger();
    memory.get("a", () -> "a" + made.incrementAndGet());
    memory.get("b", () -> "b" + made.incrementAndGet());
    memory.get("a", () -> "a" + made.incrementAndGet()); // a used again: b is now the eldest
    memory.get("c", () -> "c" + made.incrementAndGet()); // drops b
    assertThat(memory.get("a", () -> "a" + made.incrementAndGet())).isEqualTo("a1");
    assertThat(memory.get("b", () -> "b" + made.incrementAndGet())).isEqualTo("b4");
  }

  @Test
  void remembersNothingWhenMakingFails() {
    Remembered<String, String> memory = new Remembered<>(2);
    assertThatThrownBy(
            () ->
                memory.get(
                    "a",
                    () -> {
                      throw new IOException("unreadable");
                    }))
        .isInstanceOf(IOException.class);
    assertThat(memory.get("a", () -> "made")).isEqualTo("made");
  }
}
