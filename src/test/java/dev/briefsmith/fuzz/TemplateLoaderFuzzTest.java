package dev.briefsmith.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.Loaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the template loader with seeded mutations of every bundled audience's template.yaml, each
 * loaded from a copy of its folder (so logos and reference documents are there to be named): every
 * input ends in diagnostics, never an exception, and an invalid one has an error.
 */
class TemplateLoaderFuzzTest {
  private static final Duration HANG = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void everyMutatedTemplateEndsInDiagnostics() throws IOException {
    List<byte[]> corpus = new ArrayList<>();
    Path folder = dir.resolve("audience");
    Files.createDirectories(folder);
    for (Path template : TemplateLoader.discover(Path.of("templates"))) {
      corpus.add(Files.readAllBytes(template.resolve("template.yaml")));
      try (Stream<Path> files = Files.list(template)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          if (!f.getFileName().toString().equals("template.yaml")) {
            Files.copy(
                f,
                folder.resolve(f.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    TemplateLoader loader = new TemplateLoader();
    long seed = FuzzBudget.seed();
    Mutator mutator = new Mutator(seed, corpus);
    Instant end = Instant.now().plus(FuzzBudget.duration());
    long rounds = 0;
    long valid = 0;
    while (Instant.now().isBefore(end)) {
      byte[] input = mutator.next();
      long round = rounds++;
      Files.write(folder.resolve("template.yaml"), input);
      Instant start = Instant.now();
      try {
        Loaded<AudienceTemplate> result = loader.load(folder);
        for (Diagnostic d : result.diagnostics()) {
          if (d.message().startsWith("internal error") || d.message().length() > 2_000) {
            throw new AssertionError(d.format());
          }
        }
        if (!result.valid() && result.diagnostics().stream().noneMatch(Diagnostic::isError)) {
          throw new AssertionError("invalid without an error");
        }
        valid += result.valid() ? 1 : 0;
        Duration took = Duration.between(start, Instant.now());
        if (took.compareTo(HANG) >= 0) {
          throw new AssertionError("took " + took.toMillis() + " ms");
        }
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        fail(
            "template fuzz finding (seed "
                + seed
                + ", round "
                + round
                + "), input saved as "
                + FuzzBudget.save("template", seed, round, input),
            e);
      }
    }
    assertThat(rounds).as("inputs tried").isGreaterThan(50);
    assertThat(valid).as("inputs that loaded").isPositive();
  }
}
