package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's code hash from a jar's directory: what changes it and what does not. */
class HashingTest {
  @TempDir Path dir;

  @Test
  void aJarsHashFollowsItsEntriesContentNotTheirTimes() throws IOException {
    Map<String, String> entries = Map.of("a.txt", "alpha", "dir/b.class", "beta");
    String first = Hashing.jar(jar("one.jar", entries, 1_000_000L));
    assertThat(Hashing.jar(jar("same.jar", entries, 2_000_000_000L)))
        .as("the same entries written at another time")
        .isEqualTo(first);
    assertThat(Hashing.jar(jar("edited.jar", Map.of("a.txt", "alphA", "dir/b.class", "beta"), 1L)))
        .as("one byte of one entry changed, same size")
        .isNotEqualTo(first);
    assertThat(Hashing.jar(jar("renamed.jar", Map.of("a.txt", "alpha", "dir/c.class", "beta"), 1L)))
        .as("an entry renamed")
        .isNotEqualTo(first);
    assertThat(
            Hashing.jar(
                jar(
                    "added.jar",
                    Map.of("a.txt", "alpha", "dir/b.class", "beta", "lib.txt", "x"),
                    1L)))
        .as("an entry added")
        .isNotEqualTo(first);
  }

  private Path jar(String name, Map<String, String> entries, long time) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : entries.keySet().stream().sorted().toList()) {
        ZipEntry e = new ZipEntry(entry);
        e.setLastModifiedTime(FileTime.fromMillis(time));
        zip.putNextEntry(e);
        zip.write(entries.get(entry).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }
}
