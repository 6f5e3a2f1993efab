package dev.briefsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is published, so nothing of an internal or restricted item reaches any file in
 * it but that audience's own documents: not the run report, not the manifest. Problems are reported
 * there by file, line, column and field; the messages go to the operator's log.
 */
class PublishedReportTest {
  @TempDir Path dir;

  @Test
  void problemsNamingRestrictedItemsReachTheLogButNotTheFolderReadersSee() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    String canary =
        Files.readString(Path.of("src/test/resources/briefs/canary/canary-brief.yaml"))
            .replace(
                "sources:\n",
                "sources:\n  - {id: canaryres-spare-src, title: CANARYRES-spare never cited,"
                    + " sensitivity: restricted}\n");
    Files.writeString(content.resolve("canary-brief.yaml"), canary);
    // A second brief, broken by a reference whose id is itself the secret.
    String broken =
        canary
            .replace("id: canary-brief", "id: canary-broken")
            .replace("sources: [internal-src]", "sources: [canaryres-no-such-src]");
    assertThat(broken).contains("canaryres-no-such-src");
    Files.writeString(content.resolve("canary-broken.yaml"), broken);
    Path templates = Files.createDirectories(dir.resolve("templates/public"));
    try (Stream<Path> files = Files.list(Path.of("templates/public"))) {
      for (Path f : files.toList()) {
        Files.copy(f, templates.resolve(f.getFileName()));
      }
    }
    Path out = dir.resolve("www");
    CliRun run =
        CliRun.of(
            "build",
            "--content",
            content.toString(),
            "--templates",
            templates.getParent().toString(),
            "--out",
            out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    // The operator's log says what is wrong ...
    String log = run.out() + run.err();
    assertThat(log).contains("\"canaryres-spare-src\" is never cited", "canaryres-no-such-src");

    // ... the published folder only where.
    String report = Files.readString(out.resolve("run-report.json"));
    assertThat(report)
        .contains("canary-brief.yaml", "\"field\": \"sources[0]\"", "\"severity\": \"warning\"")
        .contains("\"field\": \"key_judgments[1].sources[0]\"", "\"severity\": \"error\"");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".pdf") || name.endsWith(".docx")) {
          continue; // the public documents themselves are checked by the canary rendering test
        }
        String text = Files.readString(f).toLowerCase(Locale.ROOT);
        assertThat(text).as(f.toString()).doesNotContain("canaryres").doesNotContain("canaryint");
      }
    }
  }
}
