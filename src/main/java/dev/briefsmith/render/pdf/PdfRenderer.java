package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.RenderException;
import dev.briefsmith.render.chart.StanceChartPainter;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a {@link Document} to PDF/A-2b (PDF 1.7) with OpenPDF: embedded font subsets, an outline
 * of the headings, page labels, document metadata (info dictionary and XMP), an sRGB output intent,
 * and byte-identical output for the same document. Thread-safe: every rendering has its own state,
 * and only the parsed fonts are shared (see {@link EmbeddedFonts}).
 */
public final class PdfRenderer {
  private final EmbeddedFonts fonts;
  private final StanceChartPainter charts;

  /** A renderer that embeds the bundled fonts. */
  public PdfRenderer(Fonts fonts) {
    this(fonts, new StanceChartPainter(Objects.requireNonNull(fonts, "fonts")));
  }

  /**
   * A renderer that embeds the bundled fonts and draws charts with {@code charts}: a painter shared
   * with the Word renderer lays each chart out and draws its marks once for both formats.
   */
  public PdfRenderer(Fonts fonts, StanceChartPainter charts) {
    this.fonts = new EmbeddedFonts(Objects.requireNonNull(fonts, "fonts"));
    this.charts = Objects.requireNonNull(charts, "charts");
  }

  /**
   * The document as a PDF file.
   *
   * @throws RenderException if the document cannot be laid out or written
   */
  public RenderedPdf render(Document doc) {
    Objects.requireNonNull(doc, "doc");
    try {
      if (!hasContents(doc)) {
        return new PdfLayout(fonts, charts, doc, Map.of(), new Measures()).render();
      }
      // A table of contents needs the pages of the headings: lay out up to the last heading to
      // find them, then the whole to print them (its lines do not change with the numbers, so
      // neither do the pages).
      Measures measures = new Measures();
      Map<String, Integer> pages =
          new PdfLayout(fonts, charts, doc, Map.of(), measures).headingPages();
      RenderedPdf file = new PdfLayout(fonts, charts, doc, pages, measures).render();
      if (!file.headingPages().equals(pages)) {
        // the simulated layout misjudged a page (never seen): print the pages the file has
        pages = file.headingPages();
        file = new PdfLayout(fonts, charts, doc, pages, measures).render();
      }
      if (!file.headingPages().equals(pages)) {
        throw new RenderException("the table of contents moved the headings it lists");
      }
      return file;
    } catch (RenderException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RenderException(
          "cannot render \"" + doc.metadata().title() + "\" as PDF: " + e.getMessage(), e);
    }
  }

  /**
   * The page each heading prints on in this document's PDF, by anchor, without making the file:
   * what a Word file's table of contents is pre-filled with when no PDF is made. The layout stops
   * after the last heading and writes nothing (the first of {@link #render}'s passes, whose pages
   * its file prints). Empty when the document has no table of contents: nothing prints them.
   *
   * @throws RenderException if the document cannot be laid out
   */
  public Map<String, Integer> headingPages(Document doc) {
    Objects.requireNonNull(doc, "doc");
    if (!hasContents(doc)) {
      return Map.of();
    }
    try {
      return new PdfLayout(fonts, charts, doc, Map.of(), new Measures()).headingPages();
    } catch (RenderException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RenderException(
          "cannot lay out \""
              + doc.metadata().title()
              + "\" to number its contents: "
              + e.getMessage(),
          e);
    }
  }

  private static boolean hasContents(Document doc) {
    return doc.blocks().stream().anyMatch(b -> b instanceof Document.Contents);
  }
}
