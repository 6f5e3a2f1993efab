package dev.briefsmith.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.content.LoadResult;
import dev.briefsmith.integrity.Archives;
import dev.briefsmith.integrity.CopyCheck;
import dev.briefsmith.integrity.QuoteCheck;
import dev.briefsmith.select.Selector;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the brief loader (and, for inputs that load, selection and composition for every bundled
 * audience) with seeded mutations of every brief in the repository, the hostile corpus included.
 * Every input must end in diagnostics, never an exception; an invalid one has an error; messages
 * quote input only in short excerpts; and no single input takes longer than a hang would.
 */
class BriefLoaderFuzzTest {
  static List<byte[]> corpus(Path... roots) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList()) {
          out.add(Files.readAllBytes(f));
        }
      }
    }
    return out;
  }

  @Test
  void everyMutatedBriefEndsInDiagnostics() throws IOException {
    List<byte[]> corpus = corpus(Path.of("content"), Path.of("src/test/resources/briefs"));
    assertThat(corpus).hasSizeGreaterThan(60);
    Archives archives = Archives.besideBriefs();
    BriefLoader loader =
        new BriefLoader(
            LoadLimits.DEFAULT, List.of(new QuoteCheck(archives), new CopyCheck(archives)));
    List<AudienceTemplate> audiences = new ArrayList<>();
    for (Path folder : TemplateLoader.discover(Path.of("templates"))) {
      audiences.add(new TemplateLoader().load(folder).value().orElseThrow());
    }
    Composer composer = new Composer();
    FuzzLoop.run(
        "brief",
        corpus,
        input -> {
          LoadResult result = loader.load("fuzz.yaml", input);
          long lines = new String(input, StandardCharsets.UTF_8).lines().count() + 1;
          FuzzLoop.checkDiagnostics(result.valid(), result.diagnostics());
          for (Diagnostic d : result.diagnostics()) {
            FuzzLoop.check(d.line() <= lines + 1, "a line past the end: " + d.format());
          }
          if (result.valid()) {
            for (AudienceTemplate a : audiences) {
              composer.compose(
                  Selector.select(result.brief().get(), a.maxSensitivity()), a, Instant.EPOCH);
            }
          }
          return result.valid();
        });
  }
}
