package dev.briefsmith.render.pdf;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;

/**
 * A {@link SecureRandom} whose output is fixed by a seed. OpenPDF draws the six-letter tag of each
 * embedded font subset ("ABCDEF+NotoSans-Regular") from a SecureRandom; a seeded one keeps output
 * byte-identical from run to run. Nothing secret depends on it.
 */
final class SeededRandom extends SecureRandom {
  SeededRandom(long seed) {
    super(new Spi(seed), null);
  }

  private static final class Spi extends SecureRandomSpi {
    private final SplittableRandom random;

    Spi(long seed) {
      this.random = new SplittableRandom(seed);
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      // the seed is fixed at construction
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
      random.nextBytes(bytes);
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      byte[] bytes = new byte[numBytes];
      random.nextBytes(bytes);
      return bytes;
    }
  }
}
