package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A brief file that cannot be read is an error for that brief (exit 1), never a brief that is gone:
 * its last good outputs stay, are not pruned and are no orphans. Nothing is opened before its type
 * is known, so a FIFO never blocks a run.
 */
class UnreadableBriefsTest {
  @TempDir Path dir;
  BatchFixture f;
  Path brief;
  Path outputs;

  @BeforeEach
  void firstBuild() throws Exception {
    f = BatchFixture.create(dir, 2);
    // The brief is a link to a file in a subfolder of the content folder: followed.
    brief = f.brief(2);
    Path stored = Files.createDirectories(f.content.resolve("store")).resolve("two.yaml");
    Files.move(brief, stored);
    Files.createSymbolicLink(brief, Path.of("store", "two.yaml"));
    BuildReport first = f.build(BatchFixture.options());
    assertThat(first.ok()).as(first.errors().toString()).isTrue();
    outputs = f.out.resolve(BatchFixture.id(2));
    assertThat(outputs).isDirectoryContaining(p -> p.toString().endsWith(".public.docx"));
  }

  /** The ways a brief that was built can become a file that cannot be read. */
  enum Unreadable {
    BROKEN_LINK("is a symbolic link to store/two.yaml, which does not exist (a broken link)"),
    FIFO("is not a regular file (a FIFO, device or socket), so it is not read"),
    FOLDER("is a folder, not a brief file"),
    LINK_OUT_OF_THE_FOLDER("is a symbolic link to "),
    DEVICE("is a symbolic link to /dev/zero, outside its folder");

    final String message;

    Unreadable(String message) {
      this.message = message;
    }
  }

  private void make(Unreadable kind) throws Exception {
    Path stored = f.content.resolve("store/two.yaml");
    switch (kind) {
      case BROKEN_LINK -> Files.move(stored, dir.resolve("moved-away.yaml"));
      case FIFO -> {
        Files.delete(brief);
        mkfifo(brief);
      }
      case FOLDER -> {
        Files.delete(brief);
        Files.createDirectories(brief);
      }
      case LINK_OUT_OF_THE_FOLDER -> {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere")).resolve("two.yaml");
        Files.move(stored, elsewhere);
        Files.delete(brief);
        Files.createSymbolicLink(brief, elsewhere);
      }
      case DEVICE -> {
        Files.delete(brief);
        Files.createSymbolicLink(brief, Path.of("/dev/zero"));
      }
    }
  }

  static void mkfifo(Path file) throws Exception {
    Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assertThat(p.waitFor()).as("mkfifo").isZero();
  }

  @ParameterizedTest
  @EnumSource(Unreadable.class)
  @Timeout(120) // a FIFO opened by mistake would block here forever
  void anUnreadableBriefIsAnErrorAndKeepsItsLastGoodOutputs(Unreadable kind) throws Exception {
    make(kind);
    CliRun run = CliRun.of(f.args("--prune").toArray(String[]::new));
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains(brief + ":1:1: error: " + kind.message);
    assertThat(run.out()).doesNotContain("pruned", "no longer exist");
    assertThat(run.err()).contains("1 brief failed (6 documents)");
    // Kept, and still recorded: six documents and the three audiences' editions records.
    try (var files = Files.list(outputs)) {
      assertThat(files.toList()).hasSize(6 + 3);
    }
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.outputs()).filteredOn(e -> e.briefId().equals(BatchFixture.id(2))).hasSize(6);
    String report = Files.readString(f.out.resolve("run-report.json"));
    assertThat(report).contains("\"orphans\": 0", "\"pruned\": 0");

    CliRun validate = CliRun.of("validate", "--content", f.content.toString());
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains(brief + ":1:1: error: " + kind.message);
  }

  @Test
  void aLinkThatLeavesTheContentFolderIsNotFollowedEvenToAValidBrief() throws Exception {
    make(Unreadable.LINK_OUT_OF_THE_FOLDER);
    CliRun validate = CliRun.of("validate", "--content", f.content.toString());
    assertThat(validate.out())
        .contains(
            brief
                + ":1:1: error: is a symbolic link to "
                + dir.toRealPath().resolve("elsewhere/two.yaml")
                + ", outside its folder "
                + f.content.toRealPath()
                + "; links are followed only within the folder (copy the file in instead)");
    // The same file, named by its own path, is read.
    CliRun direct = CliRun.of("validate", dir.resolve("elsewhere/two.yaml").toString());
    assertThat(direct.exitCode()).as(direct.out()).isZero();
  }

  @Test
  @Timeout(60)
  void validateNamesAFifoOrADeviceWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("named.yaml");
    mkfifo(fifo);
    CliRun run = CliRun.of("validate", fifo.toString(), "/dev/zero");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            fifo
                + ":1:1: error: is not a regular file (a FIFO, device or socket), so it is not read;"
                + " a brief is a regular file",
            "/dev/zero:1:1: error: is not a regular file (a FIFO, device or socket), so it is not"
                + " read; a brief is a regular file");
  }

  @Test
  void aFileThatCannotBeOpenedSaysPermissionDenied() throws Exception {
    // chmod 000 does not stop root; this file of the kernel's is write-only even for root.
    Path closed = Files.writeString(dir.resolve("closed.yaml"), "format: briefsmith/1\n");
    Files.setPosixFilePermissions(closed, java.util.Set.of());
    Path file = Files.isReadable(closed) ? Path.of("/proc/sys/vm/compact_memory") : closed;
    assertThat(file).isRegularFile();
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(file + ":1:1: error: cannot read the file: permission denied\n");
  }

  @Test
  void hiddenFilesAreNotBriefs() throws Exception {
    // Emacs keeps its lock on content/x.yaml as a broken link named .#x.yaml.
    Files.createSymbolicLink(f.content.resolve(".#synthetic-00001.yaml"), Path.of("user@host:1"));
    BuildReport r = f.build(BatchFixture.options());
    assertThat(r.ok()).as(r.errors().toString()).isTrue();
    assertThat(List.copyOf(r.skipped())).hasSize(12);
  }
}
