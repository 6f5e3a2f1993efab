package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point 3: how files are written and how left-over temporary files are found. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesThroughAHiddenTemporaryFileAndLeavesNoneBehind() throws Exception {
    Path target = dir.resolve("a/b.pdf");
    AtomicFiles.write(target, new byte[] {1, 2, 3});
    AtomicFiles.write(target, new byte[] {4, 5});
    assertThat(target).hasBinaryContent(new byte[] {4, 5});
    try (var files = Files.list(target.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("b.pdf");
    }
  }

  @Test
  void aStreamedFileThatFailsHalfWrittenLeavesTheOldOneAndNoTemporary() throws Exception {
    Path target = dir.resolve("manifest.json");
    AtomicFiles.write(target, out -> out.write("old\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("old");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(new byte[200_000]); // more than the buffer: some reaches the file
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(target).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
    }
  }

  @Test
  void theManifestAndReportABuildStreamsToDiskAreTheBytesOfTheirJson() throws Exception {
    BatchFixture f = BatchFixture.create(dir.resolve("run"), 2);
    BuildReport built = f.build(BatchFixture.jobs(2));
    byte[] manifest = Files.readAllBytes(f.out.resolve("manifest.json"));
    assertThat(manifest).isEqualTo(Manifest.fromJson(manifest).toJson());
    assertThat(Manifest.fromJson(manifest).outputs()).hasSize(built.written().size());
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    RunReport.write(report, built, f.request(BatchFixture.jobs(2)), BatchFixture.PROGRAM);
    assertThat(f.out.resolve("run-report.json")).hasBinaryContent(report.toByteArray());
  }

  @Test
  void outputsGetTheUsualPermissionsNotOwnerOnly() throws Exception {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path written = dir.resolve("written.pdf");
    AtomicFiles.write(written, new byte[] {1});
    assertThat(Files.getPosixFilePermissions(written))
        .as("a web server running as another user can read it")
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void temporaryNamesAreHiddenAndNameTheirTarget() {
    String temp = AtomicFiles.temporaryName("x.analyst.pdf");
    assertThat(temp).startsWith(".x.analyst.pdf.").endsWith(".tmp");
    assertThat(AtomicFiles.targetOf(temp)).contains("x.analyst.pdf");
    assertThat(AtomicFiles.targetOf(".briefsmith.lock")).isEmpty();
    assertThat(AtomicFiles.targetOf("x.pdf")).isEmpty();
  }

  @Test
  void removesOnlyTheTemporaryFilesItIsToldAreOurs() throws Exception {
    Path mine =
        Files.writeString(dir.resolve(AtomicFiles.temporaryName("manifest.0-of-2.json")), "");
    Path theirs =
        Files.writeString(dir.resolve(AtomicFiles.temporaryName("manifest.1-of-2.json")), "");
    Path other = Files.writeString(dir.resolve(".keep.tmp"), "");
    List<Path> removed = AtomicFiles.removeTemporaries(dir, n -> n.equals("manifest.0-of-2.json"));
    assertThat(removed).containsExactly(mine);
    assertThat(theirs).exists();
    assertThat(other).exists();
    assertThat(AtomicFiles.removeTemporaries(dir.resolve("none"), n -> true)).isEmpty();
  }
}
