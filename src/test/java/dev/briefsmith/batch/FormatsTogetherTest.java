package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A brief × audience writes all of its formats or none: a failure in one replaces neither. */
class FormatsTogetherTest {
  @TempDir Path dir;

  private static Path output(BatchFixture f, String audience, Format format) {
    String id = BatchFixture.id(1);
    return f.out.resolve(id).resolve(id + "." + audience + "." + format.extension());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aFailureWritingOneFormatLeavesEveryFormatOfThatAudienceAsItWas(Format failing)
      throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    assertThat(f.build(BatchFixture.options()).ok()).isTrue();
    Map<String, String> before = f.hashes();
    Path brief = f.brief(1);
    Files.writeString(brief, Files.readString(brief).replace("Synthetic briefs", "Edited"));

    Path broken = output(f, "analyst", failing);
    Builder.Faults full =
        target -> {
          if (target.equals(broken)) {
            throw new IOException("No space left on device");
          }
        };
    BuildReport r =
        BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
            .withFaults(full)
            .run(f.request(BatchFixture.options()), line -> {});

    assertThat(r.ok()).isFalse();
    assertThat(r.failedDocuments()).isEqualTo(2);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .isEqualTo(
                        brief
                            + ":1:1: error: analyst: input/output error while writing the outputs"
                            + " (No space left on device); the old files are kept, and running"
                            + " again can fix it"));
    assertThat(r.ioFailures()).isEqualTo(1);
    assertThat(r.retryable()).isTrue();
    assertThat(r.written()).hasSize(4).noneMatch(o -> o.audience().equals("analyst"));
    Map<String, String> after = f.hashes();
    for (Format format : Format.values()) {
      String rel = f.out.relativize(output(f, "analyst", format)).toString();
      assertThat(after.get(rel)).as(rel + " is the old file").isEqualTo(before.get(rel));
    }
    assertThat(BatchFixture.hidden(f.out))
        .as("no temporary file is left")
        .extracting(p -> p.getFileName().toString())
        .containsOnly(".briefsmith.lock", ".manifest.json.stat");

    // The records still describe the old files, so the next run rebuilds both.
    BuildReport next = f.build(BatchFixture.options());
    assertThat(next.written())
        .extracting(o -> o.audience() + " " + o.format() + ": " + o.reason())
        .containsExactlyInAnyOrder("analyst PDF: brief changed", "analyst DOCX: brief changed");
  }

  @Test
  void withoutAFaultBothFormatsAreReplaced() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    assertThat(f.build(BatchFixture.options()).ok()).isTrue();
    Map<String, String> before = f.hashes();
    Path brief = f.brief(1);
    Files.writeString(brief, Files.readString(brief).replace("Synthetic briefs", "Edited"));
    BuildReport r =
        BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
            .withFaults(Builder.Faults.NONE)
            .run(f.request(BatchFixture.options()), line -> {});
    assertThat(r.ok()).isTrue();
    Map<String, String> after = f.hashes();
    for (Format format : Format.values()) {
      String rel = f.out.relativize(output(f, "analyst", format)).toString();
      assertThat(after.get(rel)).as(rel).isNotEqualTo(before.get(rel));
    }
  }
}
