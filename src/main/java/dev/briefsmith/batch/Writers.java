package dev.briefsmith.batch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The threads that put rendered documents on disk, so that a render thread goes on to its next
 * document instead of waiting while the last one's bytes are flushed to disk ({@code fsync} before
 * each rename: a millisecond or more per file on a real disk, a tenth of a render thread's time in
 * a long run). At most {@code capacity} handed-over writes wait or run at once; a render thread
 * that hands over one more waits for a place, so the documents in memory stay bounded however far
 * rendering runs ahead of the disk. {@link #close} returns when every write handed over has ended.
 */
final class Writers implements AutoCloseable {
  private final ExecutorService pool;
  private final Semaphore places;

  Writers(int threads, int capacity) {
    this.pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("briefsmith-write-", 1).daemon(true).factory());
    this.places = new Semaphore(capacity);
  }

  /** Runs {@code write} on a writer thread, after waiting for a place if all are taken. */
  void hand(Runnable write) {
    places.acquireUninterruptibly();
    try {
      pool.execute(
          () -> {
            try {
              write.run();
            } finally {
              places.release();
            }
          });
    } catch (RuntimeException e) {
      places.release();
      throw e;
    }
  }

  /** Waits for every write handed over to end. */
  @Override
  public void close() {
    pool.close();
  }
}
