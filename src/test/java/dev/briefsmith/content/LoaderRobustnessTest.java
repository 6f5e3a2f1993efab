package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The loader answers every input with diagnostics, never an exception: mutated and truncated copies
 * of the sample, and pathological documents built in memory. Bounded and seeded, so it runs the
 * same every time.
 */
class LoaderRobustnessTest {
  private final BriefLoader loader = new BriefLoader();

  private void assertHandled(String name, byte[] bytes) {
    LoadResult result = loader.load(name, bytes);
    assertThat(result).isNotNull();
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.message()).as(name).doesNotStartWith("internal error");
    }
    if (!result.valid()) {
      assertThat(result.diagnostics()).as(name).anyMatch(Diagnostic::isError);
    }
  }

  @Test
  @Timeout(120)
  void mutatedSamplesGiveDiagnosticsNotExceptions() throws IOException {
    byte[] sample = Files.readAllBytes(Path.of("content/iraq-us-iran-2014.yaml"));
    byte[] specials = ":-[]{}&*!|>'\"#%@`\t\n ,?".getBytes(StandardCharsets.US_ASCII);
    SplittableRandom random = new SplittableRandom(20140625);
    for (int round = 0; round < 400; round++) {
      byte[] copy = sample.clone();
      int edits = 1 + random.nextInt(8);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(copy.length);
        switch (random.nextInt(4)) {
          case 0 -> copy[at] = specials[random.nextInt(specials.length)];
          case 1 -> copy[at] = (byte) random.nextInt(256);
          case 2 -> copy = Arrays.copyOf(copy, at);
          default -> {
            int len = Math.min(copy.length - at, 1 + random.nextInt(200));
            byte[] grown = Arrays.copyOf(copy, copy.length + len);
            System.arraycopy(copy, at, grown, copy.length, len);
            copy = grown;
          }
        }
        if (copy.length == 0) {
          break;
        }
      }
      assertHandled("mutation-" + round + ".yaml", copy);
    }
  }

  @Test
  @Timeout(60)
  void everyTruncationGivesDiagnosticsNotExceptions() throws IOException {
    byte[] sample = Files.readAllBytes(Path.of("content/iraq-us-iran-2014.yaml"));
    for (int length = 0; length < sample.length; length += 53) {
      assertHandled("truncated-" + length + ".yaml", Arrays.copyOf(sample, length));
    }
  }

  @Test
  @Timeout(30)
  void pathologicalDocumentsAreRefusedWithinBounds() {
    String deepMaps = "a:\n" + "  b:\n".repeat(1) + "x: ".repeat(0) + "{k: ".repeat(100_000);
    String longKey = "format: briefsmith/1\n" + "k".repeat(500_000) + ": 1\n";
    String manyAliases =
        "a: &a x\nlist: [" + String.join(", ", java.util.Collections.nCopies(5_000, "*a")) + "]\n";
    String controlChars = "format: briefsmith/1\ntitle: \u0000\u0007\n";
    for (String doc : new String[] {deepMaps, longKey, manyAliases, controlChars}) {
      LoadResult result = loader.load("doc.yaml", doc.getBytes(StandardCharsets.UTF_8));
      assertThat(result.valid()).isFalse();
      assertThat(result.diagnostics()).noneMatch(d -> d.message().startsWith("internal error"));
    }
  }

  @Test
  void theSizeLimitIsConfigurable() {
    byte[] bytes = "format: briefsmith/1\n".repeat(100).getBytes(StandardCharsets.UTF_8);
    LoadResult small =
        new BriefLoader(LoadLimits.DEFAULT.withMaxBytes(1024)).load("big.yaml", bytes);
    assertThat(small.diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("over the limit of 1.0 KiB");
    LoadResult large = new BriefLoader().load("big.yaml", bytes);
    assertThat(large.diagnostics()).noneMatch(d -> d.message().contains("over the limit"));
  }
}
