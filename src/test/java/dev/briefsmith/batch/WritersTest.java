package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The writer threads: every write handed over ends before close, and at most so many wait. */
class WritersTest {
  @Test
  void closeReturnsWhenEveryHandedWriteHasEnded() {
    List<Integer> done = new CopyOnWriteArrayList<>();
    try (Writers writers = new Writers(2, 3)) {
      for (int i = 0; i < 20; i++) {
        int n = i;
        writers.hand(
            () -> {
              sleep(5);
              done.add(n);
            });
      }
    }
    assertThat(done).hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void aRenderThreadWaitsForAPlaceWhenTheWritesInFlightAreAtCapacity() throws Exception {
    CountDownLatch disk = new CountDownLatch(1);
    AtomicBoolean handedSecond = new AtomicBoolean();
    try (Writers writers = new Writers(1, 1)) {
      writers.hand(() -> await(disk));
      Thread render =
          Thread.ofPlatform()
              .start(
                  () -> {
                    writers.hand(() -> {});
                    handedSecond.set(true);
                  });
      // the one place is taken by a write stuck on the disk: the second hand-over waits
      render.join(300);
      assertThat(handedSecond).isFalse();
      assertThat(render.isAlive()).isTrue();
      disk.countDown();
      render.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(handedSecond).isTrue();
    }
  }

  @Test
  @Timeout(30)
  void aWriteThatThrowsFreesItsPlace() {
    AtomicBoolean ran = new AtomicBoolean();
    try (Writers writers = new Writers(1, 1)) {
      writers.hand(
          () -> {
            throw new IllegalStateException("disk on fire");
          });
      // would wait forever had the failed write kept the only place
      writers.hand(() -> ran.set(true));
    }
    assertThat(ran).isTrue();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
