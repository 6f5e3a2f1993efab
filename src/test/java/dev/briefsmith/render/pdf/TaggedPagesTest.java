package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.StructureTree;
import dev.briefsmith.render.StructureTree.Element;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags across page breaks: one element for a block split by a page, repeated headers artifacts. */
class TaggedPagesTest {
  @TempDir Path dir;

  @Test
  void aTableOverSeveralPagesHasItsHeaderOnceAndItsRepetitionsAreArtifacts() throws IOException {
    List<Row> body = new ArrayList<>();
    for (int r = 1; r <= 90; r++) {
      body.add(new Row(List.of(Cell.of("row " + r), Cell.of("value " + r))));
    }
    List<Block> blocks =
        List.of(
            new Table(
                List.of(1f, 2f),
                List.of(new Row(List.of(Cell.of("ColumnA"), Cell.of("ColumnB")))),
                body,
                TableStyle.GRID,
                true,
                1f,
                Optional.empty(),
                true));
    RenderedPdf pdf = new PdfRenderer(new Fonts()).render(Briefs.document(blocks, "Long", false));
    assertThat(pdf.pageCount()).isGreaterThanOrEqualTo(3);
    StructureTree tree = StructureTree.read(Files.write(dir.resolve("long.pdf"), pdf.bytes()));
    Element table = tree.root().all("Table").get(0);
    assertThat(table.children()).hasSize(91);
    assertThat(table.children().get(0).children().stream().map(e -> e.text().strip()).toList())
        .containsExactly("ColumnA", "ColumnB");
    assertThat(table.children().get(90).children().stream().map(e -> e.text().strip()).toList())
        .containsExactly("row 90", "value 90");
    // each later page repeats the header, as decoration: its text is there, outside the tree
    assertThat(tree.artifactCharacters())
        .isGreaterThanOrEqualTo((pdf.pageCount() - 1) * "ColumnAColumnB".length());
  }

  @Test
  void aParagraphSplitByAPageIsOneElement() throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      blocks.add(Paragraph.of("Filler " + i + ". " + Briefs.sentences("Fill", 6), ParaStyle.BODY));
    }
    String long_ = "Long " + Briefs.sentences("Split", 40) + " End of the long one.";
    blocks.add(Paragraph.of(long_, ParaStyle.BODY));
    RenderedPdf pdf = new PdfRenderer(new Fonts()).render(Briefs.document(blocks, "Split", false));
    assertThat(pdf.pageCount()).isGreaterThanOrEqualTo(2);
    StructureTree tree = StructureTree.read(Files.write(dir.resolve("split.pdf"), pdf.bytes()));
    List<Element> last =
        tree.root().all("P").stream().filter(p -> p.text().startsWith("Long ")).toList();
    assertThat(last).hasSize(1);
    assertThat(last.get(0).text().replaceAll("\\s+", " ").strip()).isEqualTo(long_);
  }
}
