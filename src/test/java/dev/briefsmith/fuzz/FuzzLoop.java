package dev.briefsmith.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.briefsmith.yaml.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The loop both fuzz targets share. It runs for {@code BRIEFSMITH_FUZZ_SECONDS} (CI sets about a
 * minute), else a few seconds so that every test run still fuzzes a little, from the seed {@code
 * BRIEFSMITH_FUZZ_SEED}, else a fixed one. Each input must end in diagnostics that a target checks;
 * an exception, a failed check or an input that runs as long as a hang is a finding, written to
 * {@code target/fuzz-findings/} with the seed and round that made it.
 */
final class FuzzLoop {
  /** A single input taking this long is a hang or superlinear work, not slowness. */
  private static final Duration HANG = Duration.ofSeconds(10);

  /** Messages quote at most a short excerpt of any value, so none is this long. */
  private static final int LONGEST_MESSAGE = 2_000;

  /** What a target does with one input: whether it was valid, after its own checks. */
  interface Target {
    boolean accept(byte[] input) throws IOException;
  }

  private FuzzLoop() {}

  /** Runs {@code target} on mutations of {@code corpus}; fails on the first finding. */
  static void run(String name, List<byte[]> corpus, Target target) {
    long seed = seed();
    Mutator mutator = new Mutator(seed, corpus);
    Instant end = Instant.now().plus(duration());
    long rounds = 0;
    long valid = 0;
    while (Instant.now().isBefore(end)) {
      byte[] input = mutator.next();
      long round = rounds++;
      Instant start = Instant.now();
      try {
        valid += target.accept(input) ? 1 : 0;
        Duration took = Duration.between(start, Instant.now());
        check(took.compareTo(HANG) < 0, "took " + took.toMillis() + " ms");
      } catch (IOException | RuntimeException | StackOverflowError | AssertionError e) {
        fail(
            name
                + " fuzz finding (seed "
                + seed
                + ", round "
                + round
                + "), input saved as "
                + save(name, seed, round, input),
            e);
      }
    }
    assertThat(rounds).as("inputs tried").isGreaterThan(50);
    assertThat(valid).as("inputs that were valid").isPositive();
  }

  /** The checks every target makes of its diagnostics. */
  static void checkDiagnostics(boolean valid, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      check(!d.message().startsWith("internal error"), "an internal error: " + d.format());
      check(d.message().length() <= LONGEST_MESSAGE, "a message of " + d.message().length());
    }
    check(valid || diagnostics.stream().anyMatch(Diagnostic::isError), "invalid without an error");
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  private static Duration duration() {
    String s = System.getenv("BRIEFSMITH_FUZZ_SECONDS");
    return Duration.ofSeconds(s == null || s.isBlank() ? 5 : Long.parseLong(s.strip()));
  }

  private static long seed() {
    String s = System.getenv("BRIEFSMITH_FUZZ_SEED");
    return s == null || s.isBlank() ? 20140625L : Long.parseLong(s.strip());
  }

  private static String save(String target, long seed, long round, byte[] input) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-findings"));
      Path file = dir.resolve(target + "-" + seed + "-" + round + ".yaml");
      Files.write(file, input);
      return file.toString();
    } catch (IOException e) {
      return "(not saved: " + e.getMessage() + ")";
    }
  }
}
