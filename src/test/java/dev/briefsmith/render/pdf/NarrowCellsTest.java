package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Long words in narrow matrix cells are set whole, in smaller type, never broken mid-word. */
class NarrowCellsTest {
  static final List<String> LONG =
      List.of("Liechtenstein", "Turkmenistan", "Alignment", "Kyrgyzstan");

  @Test
  void longWordsInNarrowColumnsStayWhole() throws Exception {
    Document base = DocumentFixtures.kitchenSink();
    List<Cell> header = new ArrayList<>();
    List<Cell> body = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      header.add(Cell.of(LONG.get(i % LONG.size())));
      body.add(Cell.of("open / conditional"));
    }
    Table narrow =
        new Table(
            Collections.nCopies(8, 1f),
            List.of(new Row(header)),
            List.of(new Row(body)),
            TableStyle.GRID,
            true,
            0.8f,
            Optional.empty());
    Document doc =
        new Document(base.metadata(), base.page(), base.theme(), base.furniture(), List.of(narrow));
    byte[] pdf = new PdfRenderer(new Fonts()).render(doc).bytes();
    String text;
    try (PDDocument d = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(d);
    }
    for (String word : LONG) {
      assertThat(text).as(word).contains(word);
    }
  }
}
