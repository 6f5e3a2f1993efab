package dev.briefsmith.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Span;
import dev.briefsmith.render.docx.DocxRenderer;
import dev.briefsmith.render.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** A group of note markers prints as compose decided it, alike in PDF and Word. */
class NoteGroupRenderingTest {
  private static final Fonts FONTS = new Fonts();

  private static Document grouped() {
    Document sink = DocumentFixtures.kitchenSink();
    List<Document.Block> blocks =
        List.of(
            new Document.Paragraph(
                List.of(
                    Span.text("Against ISIS."),
                    new Span.NoteRef(1),
                    new Span.NoteRef(2, ","),
                    Span.text(" Next.")),
                ParaStyle.BODY));
    return new Document(sink.metadata(), sink.page(), sink.theme(), sink.furniture(), blocks);
  }

  @Test
  void thePdfPrintsTheSeparatorBetweenTheNumbers() throws Exception {
    byte[] pdf = new PdfRenderer(FONTS).render(grouped()).bytes();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Against ISIS.1,2 Next.");
    }
  }

  @Test
  void theWordFilePrintsTheSeparatorRaisedLikeTheNumbers() throws Exception {
    byte[] docx = new DocxRenderer(FONTS).render(grouped(), Optional.empty());
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      assertThat(extractor.getText()).contains("Against ISIS.1,2 Next.");
      List<XWPFRun> runs = word.getParagraphs().getLast().getRuns();
      XWPFRun separator = runs.stream().filter(r -> ",".equals(r.text())).findFirst().orElseThrow();
      assertThat(separator.getStyle()).isEqualTo("EndnoteReference");
    }
  }
}
