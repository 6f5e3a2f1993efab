package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.RenderException;
import dev.briefsmith.render.chart.StanceChartPainter;
import java.util.Objects;

/**
 * Renders a {@link Document} to PDF/A-2b (PDF 1.7) with OpenPDF: embedded font subsets, an outline
 * of the headings, page labels, document metadata (info dictionary and XMP), an sRGB output intent,
 * and byte-identical output for the same document. Thread-safe: every rendering has its own state,
 * and only the font bytes are shared.
 */
public final class PdfRenderer {
  private final Fonts fonts;
  private final StanceChartPainter charts;

  /** A renderer that embeds the bundled fonts. */
  public PdfRenderer(Fonts fonts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.charts = new StanceChartPainter(fonts);
  }

  /**
   * The document as a PDF file.
   *
   * @throws RenderException if the document cannot be laid out or written
   */
  public RenderedPdf render(Document doc) {
    Objects.requireNonNull(doc, "doc");
    try {
      return new PdfLayout(fonts, charts, doc).render();
    } catch (RenderException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RenderException(
          "cannot render \"" + doc.metadata().title() + "\" as PDF: " + e.getMessage(), e);
    }
  }
}
