package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Any number of sides from two up; nothing assumes the sample's two. */
class SidesTest {

  @Test
  void aThreeSidedBriefIsValid() throws Exception {
    LoadResult result =
        new BriefLoader()
            .load(Path.of("src/test/resources/briefs/valid/arctic-shipping-2031.yaml"));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.orThrow().sides()).hasSize(3);
  }

  @Test
  void aFiveSidedBriefIsValid() throws Exception {
    LoadResult result =
        new BriefLoader()
            .load(Path.of("src/test/resources/briefs/valid/aral-basin-water-2029.yaml"));
    assertThat(result.diagnostics()).isEmpty();
    Brief brief = result.orThrow();
    assertThat(brief.sides()).hasSize(5);
    assertThat(brief.issues())
        .anyMatch(i -> brief.sides().stream().anyMatch(s -> !i.positions().containsKey(s.id())));
  }

  @Test
  void eightAndTwentySidedBriefsAreValidWithFactionsOnSeveralSides() throws Exception {
    for (var c :
        List.of(
            List.of("lake-varn-fisheries-2032", 8), List.of("federal-water-council-2033", 20))) {
      LoadResult result =
          new BriefLoader()
              .load(Path.of("src/test/resources/briefs/many-sides/" + c.get(0) + ".yaml"));
      assertThat(result.diagnostics()).as(c.get(0).toString()).isEmpty();
      Brief brief = result.orThrow();
      assertThat(brief.sides()).hasSize((Integer) c.get(1));
      assertThat(brief.factions().stream().map(Faction::side).distinct().count())
          .isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void noProgramCodeNamesTheSampleSides() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      offenders =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(java|yaml|json|properties|txt)"))
              .filter(
                  p -> {
                    try {
                      String s = Files.readString(p).toLowerCase(Locale.ROOT);
                      return s.contains("washington") || s.contains("tehran");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    assertThat(offenders).isEmpty();
  }
}
