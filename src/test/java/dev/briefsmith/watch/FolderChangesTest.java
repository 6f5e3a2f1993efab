package dev.briefsmith.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File events from the operating system: what is reported (never how fast). */
class FolderChangesTest {
  @TempDir Path dir;

  private FolderChanges watch(Path root, Path out) throws Exception {
    return new FolderChanges(
        List.of(root), out, Duration.ofMillis(50), Duration.ofSeconds(2), Clock.systemUTC());
  }

  @Test
  void reportsASavedFileButNotHiddenOrBackupFiles() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    try (FolderChanges changes = watch(content, dir.resolve("output"))) {
      Files.writeString(content.resolve(".brief.yaml.swp"), "swap");
      Files.writeString(content.resolve("brief.yaml~"), "backup");
      Files.writeString(content.resolve("brief.yaml"), "format: briefsmith/1\n");

      Changes.Batch batch = changes.next().orElseThrow();
      assertThat(batch.paths()).containsExactly(content.resolve("brief.yaml"));
    }
  }

  @Test
  void watchesFoldersCreatedLaterButNotTheOutputFolder() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Path out = Files.createDirectories(templates.resolve("output"));
    try (FolderChanges changes = watch(templates, out)) {
      Path audience = Files.createDirectories(templates.resolve("analyst"));
      assertThat(changes.next().orElseThrow().paths()).contains(audience);

      Files.writeString(out.resolve("ignored.pdf"), "output");
      Files.writeString(audience.resolve("template.yaml"), "name: analyst\n");
      // the output folder's file never shows; the new folder's file does
      Changes.Batch batch = changes.next().orElseThrow();
      assertThat(batch.paths())
          .contains(audience.resolve("template.yaml"))
          .doesNotContain(out.resolve("ignored.pdf"));
    }
  }

  @Test
  void hiddenAndBackupNamesAreNotReported() {
    assertThat(FolderChanges.reported(Path.of("a/brief.yaml"))).isTrue();
    assertThat(FolderChanges.reported(Path.of("a/.brief.yaml.swp"))).isFalse();
    assertThat(FolderChanges.reported(Path.of("a/brief.yaml~"))).isFalse();
    assertThat(FolderChanges.reported(Path.of("a/#brief.yaml#"))).isFalse();
    assertThat(FolderChanges.reported(Path.of("a/.~lock.brief.yaml#"))).isFalse();
  }
}
