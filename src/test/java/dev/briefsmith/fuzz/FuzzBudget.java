package dev.briefsmith.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How long each fuzz target runs: {@code BRIEFSMITH_FUZZ_SECONDS} (CI sets about a minute), else a
 * few seconds so that every test run still fuzzes a little. The seed is {@code
 * BRIEFSMITH_FUZZ_SEED}, else a fixed one, and a failing input is written to {@code
 * target/fuzz-findings/} with the seed and round that made it.
 */
final class FuzzBudget {
  private FuzzBudget() {}

  static Duration duration() {
    String s = System.getenv("BRIEFSMITH_FUZZ_SECONDS");
    return Duration.ofSeconds(s == null || s.isBlank() ? 5 : Long.parseLong(s.strip()));
  }

  static long seed() {
    String s = System.getenv("BRIEFSMITH_FUZZ_SEED");
    return s == null || s.isBlank() ? 20140625L : Long.parseLong(s.strip());
  }

  /** Saves a failing input and says where. */
  static String save(String target, long seed, long round, byte[] input) {
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
