package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.batch.bench.SyntheticBriefs;
import dev.briefsmith.yaml.Diagnostic;
import dev.briefsmith.yaml.LoadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader without checks reads a brief first without source positions (cheaper) and again with
 * them when anything is reported: what it gives must be what a loader that always keeps positions
 * gives, the brief and every diagnostic's line and column alike.
 */
class PositionsTest {
  @TempDir Path dir;

  /** A check that finds nothing: it makes the loader keep positions from the start. */
  private static final BriefCheck NOTHING = (brief, context) -> {};

  private static BriefLoader quick() {
    return new BriefLoader(LoadLimits.DEFAULT);
  }

  private static BriefLoader placed() {
    return new BriefLoader(LoadLimits.DEFAULT, List.of(NOTHING));
  }

  private Path write(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theSampleAndSyntheticBriefsReadTheSameWithoutPositions() throws Exception {
    List<Path> files =
        List.of(
            Path.of("content/iraq-us-iran-2014.yaml"),
            write("one.yaml", SyntheticBriefs.realistic(3).yaml("one", 1)),
            write("two.yaml", SyntheticBriefs.realistic(2).yaml("two", 2)));
    for (Path file : files) {
      LoadResult fast = quick().load(file);
      LoadResult slow = placed().load(file);
      assertThat(fast.diagnostics()).as(file.toString()).isEmpty();
      assertThat(fast.brief()).as(file.toString()).isPresent().isEqualTo(slow.brief());
    }
  }

  @Test
  void anErrorKeepsItsLineAndColumn() throws Exception {
    String yaml =
        SyntheticBriefs.realistic(2).yaml("broken", 3).replaceFirst("\ntitle: ", "\ntitel: ");
    Path file = write("broken.yaml", yaml);
    List<Diagnostic> fast = quick().load(file).diagnostics();

    assertThat(fast).isEqualTo(placed().load(file).diagnostics());
    assertThat(fast)
        .anySatisfy(
            d -> {
              assertThat(d.message()).contains("titel");
              assertThat(d.line()).isGreaterThan(1);
            });
  }

  @Test
  void aWarningOnAValidBriefKeepsItsLine() throws Exception {
    // the id differs from the file name: a warning at the id's line, the brief still valid
    Path file = write("other-name.yaml", SyntheticBriefs.realistic(2).yaml("the-id", 4));
    LoadResult fast = quick().load(file);

    assertThat(fast.brief()).isPresent();
    assertThat(fast.diagnostics()).isEqualTo(placed().load(file).diagnostics());
    assertThat(fast.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("differs from its file name");
              assertThat(d.line()).isEqualTo(lineOf(file, "id: "));
            });
  }

  @Test
  void aDuplicateIdInASequenceIsReportedAtTheIdsLine() throws Exception {
    Path first = write("same.yaml", SyntheticBriefs.realistic(2).yaml("same", 5));
    Path second = write("same-again.yaml", SyntheticBriefs.realistic(2).yaml("same", 6));
    BriefLoader.Sequence fast = quick().sequence();
    fast.load(first);
    List<Diagnostic> got = fast.load(second).diagnostics();
    BriefLoader.Sequence slow = placed().sequence();
    slow.load(first);

    assertThat(got).isEqualTo(slow.load(second).diagnostics());
    assertThat(got)
        .anySatisfy(
            d -> {
              assertThat(d.message()).contains("is already used by");
              assertThat(d.line()).isEqualTo(lineOf(second, "id: "));
            });
  }

  private static int lineOf(Path file, String start) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }
}
