package dev.briefsmith.render.pdf;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;

/**
 * The random source of one shared font's subset tag (OpenPDF draws the six letters of {@code
 * ABCDEF+Name} from the font's SecureRandom as it writes the font into a file): on each thread, the
 * sequence seeded for the document that thread is rendering, so a document gets the same tag
 * whichever other documents use the font before it or at the same time. Thread-safe.
 */
final class SubsetTags extends SecureRandom {
  private static final long serialVersionUID = 1L;

  private final transient ThreadLocal<SplittableRandom> current;

  SubsetTags() {
    this(new ThreadLocal<>());
  }

  private SubsetTags(ThreadLocal<SplittableRandom> current) {
    super(new Spi(current), null);
    this.current = current;
  }

  /**
   * Starts this thread's sequence for a document from {@code seed}; closing the scope ends it and
   * restores the one it replaced.
   */
  Scope begin(long seed) {
    SplittableRandom before = current.get();
    current.set(new SplittableRandom(seed));
    return () -> {
      if (before == null) {
        current.remove();
      } else {
        current.set(before);
      }
    };
  }

  /** One document's use of the tags on one thread. */
  @FunctionalInterface
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Spi extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<SplittableRandom> current;

    Spi(ThreadLocal<SplittableRandom> current) {
      this.current = current;
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      // each document's seed is set by begin
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
      random().nextBytes(bytes);
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      byte[] bytes = new byte[numBytes];
      random().nextBytes(bytes);
      return bytes;
    }

    private SplittableRandom random() {
      SplittableRandom random = current.get();
      if (random == null) {
        // a random tag would make the output differ from run to run
        throw new IllegalStateException("a subset tag was drawn outside a document's rendering");
      }
      return random;
    }
  }
}
