package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A matrix with many sides is split into parts that together show every side once, in order. */
class MatrixPartsTest {

  @ParameterizedTest
  @ValueSource(strings = {"lake-varn-fisheries-2032", "federal-water-council-2033"})
  void manySidesAreSplitIntoPartsThatRepeatTheIssues(String name) throws Exception {
    Brief b = ComposerTest.brief("src/test/resources/briefs/many-sides/" + name + ".yaml");
    List<String> sides = b.sides().stream().map(Side::name).toList();
    for (String audience : List.of("executive", "analyst", "public")) {
      List<Table> parts = matrixParts(ComposerTest.compose(b, ComposerTest.template(audience)));
      assertThat(parts).as(audience).hasSizeGreaterThan(1);
      List<String> shown = new ArrayList<>();
      for (int p = 0; p < parts.size(); p++) {
        Table t = parts.get(p);
        boolean last = p == parts.size() - 1;
        List<String> header =
            t.header().get(0).cells().stream().map(c -> DocumentStrings.of(c).get(0)).toList();
        assertThat(header.get(0)).isEqualTo("Issue");
        List<String> sideColumns = header.subList(1, header.size() - (last ? 1 : 0));
        assertThat(sideColumns.size()).as(audience + " part " + p).isBetween(2, 5);
        assertThat(header.contains("Alignment"))
            .as("alignment in the last part only")
            .isEqualTo(last);
        shown.addAll(sideColumns);
        // every part has every issue, its label first
        assertThat(t.body()).hasSize(b.issues().size());
        for (int i = 0; i < b.issues().size(); i++) {
          assertThat(DocumentStrings.of(t.body().get(i).cells().get(0)).get(0))
              .isEqualTo(b.issues().get(i).rowLabel());
        }
        assertThat(t.caption().orElseThrow()).startsWith("Part " + (p + 1) + " of " + parts.size());
      }
      assertThat(shown).as(audience + ": every side once, in brief order").isEqualTo(sides);
      // parts differ by at most one side
      List<Integer> sizes = parts.stream().map(t -> t.header().get(0).cells().size()).toList();
      assertThat(
              sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()
                  - sizes.stream().mapToInt(Integer::intValue).min().orElseThrow())
          .isLessThanOrEqualTo(2);
    }
  }

  @Test
  void fewSidesWithShortNamesStayInOneTable() throws Exception {
    for (String path :
        List.of(
            "content/iraq-us-iran-2014.yaml",
            "src/test/resources/briefs/valid/arctic-shipping-2031.yaml",
            "src/test/resources/briefs/valid/aral-basin-water-2029.yaml")) {
      Brief b = ComposerTest.brief(path);
      for (String audience : List.of("executive", "analyst", "public")) {
        List<Table> parts = matrixParts(ComposerTest.compose(b, ComposerTest.template(audience)));
        assertThat(parts).as(path + " " + audience).hasSize(1);
        assertThat(parts.get(0).caption()).isEmpty();
      }
    }
  }

  @Test
  void longWordsMeanFewerSidesPerPart() {
    // A4 with 19 mm margins, 9.5 pt: five sides of short names fit, a 30-letter word does not
    float width = 487f;
    assertThat(MatrixParts.mostSides(MatrixParts.widestWord("Tehran", true), width, 9.5f, false))
        .isEqualTo(5);
    assertThat(
            MatrixParts.mostSides(
                MatrixParts.widestWord("Supercalifragilisticexpialidocious", true),
                width,
                9.5f,
                false))
        .isEqualTo(MatrixParts.FEWEST_SIDES);
    assertThat(MatrixParts.split(List.of(1, 2, 3, 4, 5, 6, 7, 8), 3f, width, 9.5f, false))
        .containsExactly(List.of(1, 2, 3, 4), List.of(5, 6, 7, 8));
    assertThat(MatrixParts.split(List.of(1, 2, 3, 4, 5, 6, 7), 3f, width, 9.5f, false))
        .containsExactly(List.of(1, 2, 3, 4), List.of(5, 6, 7));
  }

  /** The tables between the position matrix's heading and the next heading. */
  static List<Table> matrixParts(Document d) {
    List<Table> parts = new ArrayList<>();
    boolean in = false;
    for (Block block : d.blocks()) {
      if (block instanceof Heading h) {
        in = h.anchor().equals("position-matrix");
      } else if (in && block instanceof Table t) {
        parts.add(t);
      }
    }
    return parts;
  }
}
