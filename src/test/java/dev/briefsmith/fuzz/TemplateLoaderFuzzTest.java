package dev.briefsmith.fuzz;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.yaml.Loaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  @TempDir Path dir;

  @Test
  void everyMutatedTemplateEndsInDiagnostics() throws IOException {
    List<byte[]> corpus = new ArrayList<>();
    Path folder = dir.resolve("audience");
    Files.createDirectories(folder);
    for (Path template : TemplateLoader.discover(Path.of("templates"))) {
      // Without its name line a template is valid in any folder (the name defaults to the
      // folder's), so mutants that break nothing vital stay valid and reach the deeper checks;
      // with it, only mutants that happen to remove the name could be valid in "audience".
      corpus.add(
          Files.readString(template.resolve("template.yaml"))
              .replaceFirst("(?m)^name: .*\n", "")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
    FuzzLoop.run(
        "template",
        corpus,
        input -> {
          Files.write(folder.resolve("template.yaml"), input);
          Loaded<AudienceTemplate> result = loader.load(folder);
          FuzzLoop.checkDiagnostics(result.valid(), result.diagnostics());
          return result.valid();
        });
  }
}
