package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal of a run is input too: read line by line, within a limit, never through a link. */
class JournalTest {
  @TempDir Path dir;

  private static Manifest.Entry entry(String id) {
    return new Manifest.Entry(
        id + "/" + id + ".public.pdf",
        id,
        "content/" + id + ".yaml",
        "public",
        Format.PDF,
        "a".repeat(64),
        1234,
        2,
        new Manifest.Inputs(
            "b".repeat(64), "c".repeat(64), "d".repeat(64), Optional.empty(), Optional.empty()));
  }

  private Path journal(List<Manifest.Entry> entries) throws IOException {
    Path file = dir.resolve(".manifest.json.journal");
    try (Journal j = new Journal(file)) {
      for (Manifest.Entry e : entries) {
        j.append(e);
      }
    }
    return file;
  }

  @Test
  void readsWhatWasAppendedAndSkipsALineCutShort() throws IOException {
    Path file = journal(List.of(entry("one"), entry("two")));
    // a run killed while writing its third line, inside a character (é, cut after its first byte)
    Files.write(
        file,
        new byte[] {'{', '"', 'p', 'a', 't', 'h', '"', ':', ' ', '"', 't', 'h', (byte) 0xC3},
        StandardOpenOption.APPEND);
    assertThat(Journal.read(file)).containsExactly(entry("one"), entry("two"));
    assertThat(Journal.read(dir.resolve("none"))).isEmpty();
  }

  /**
   * A line longer than any this program writes is damage (a tampered or corrupted file): skipped as
   * it is read, never held whole, and the lines after it are still read.
   */
  @Test
  void aLineLongerThanAnyEntrysIsSkippedAndTheRestRead() throws IOException {
    Path file = journal(List.of(entry("one")));
    byte[] damage = new byte[Journal.MAX_LINE + 70_000]; // over a line's limit, across reads
    java.util.Arrays.fill(damage, (byte) 'x');
    Files.write(file, damage, StandardOpenOption.APPEND);
    Files.write(file, new byte[] {'\n'}, StandardOpenOption.APPEND);
    Files.write(file, Manifest.journalLine(entry("two")), StandardOpenOption.APPEND);
    assertThat(Journal.read(file)).containsExactly(entry("one"), entry("two"));
    // an entry whose line is just within the limit is read; one just over it is not
    Files.delete(file);
    Manifest.Entry within = withPath("x".repeat(Journal.MAX_LINE - 1000));
    int length = Manifest.journalLine(within).length - 1; // without its line feed
    assertThat(length).isBetween(Journal.MAX_LINE - 1000, Journal.MAX_LINE);
    Manifest.Entry over =
        withPath("x".repeat(Journal.MAX_LINE - 1000 + (Journal.MAX_LINE - length) + 1));
    assertThat(Manifest.journalLine(over).length - 1).isEqualTo(Journal.MAX_LINE + 1);
    Path near = journal(List.of(entry("one"), within, over, entry("two")));
    assertThat(Journal.read(near)).containsExactly(entry("one"), within, entry("two"));
  }

  private static Manifest.Entry withPath(String path) {
    Manifest.Entry e = entry("long");
    return new Manifest.Entry(
        path,
        e.briefId(),
        e.briefFile(),
        e.audience(),
        e.format(),
        e.sha256(),
        e.size(),
        e.pages(),
        e.inputs());
  }

  @Test
  void aJournalOverTheLimitIsRefusedNamingTheFileAndTheLimit() throws IOException {
    Path file = journal(List.of(entry("one"), entry("two")));
    long size = Files.size(file);
    assertThat(Journal.read(file, size)).hasSize(2);
    assertThatThrownBy(() -> Journal.read(file, size - 1))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " is over the limit of " + (size - 1) + " bytes for a journal");
  }

  @Test
  void aJournalThatIsALinkIsNotFollowed() throws IOException {
    Path real = journal(List.of(entry("one")));
    Path link = Files.createSymbolicLink(dir.resolve("linked.journal"), real);
    assertThatThrownBy(() -> Journal.read(link))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a regular file");
    long before = Files.size(real);
    try (Journal j = new Journal(link)) {
      assertThatThrownBy(() -> j.append(entry("two"))).isInstanceOf(IOException.class);
    }
    assertThat(Files.size(real)).as("nothing appended through the link").isEqualTo(before);
  }
}
