package dev.briefsmith.render.pdf;

import dev.briefsmith.render.RenderException;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Pours elements into the text area page after page with one {@link ColumnText}, and measures
 * elements with the same engine, so decisions such as "keep this heading with what follows" rest on
 * exact heights. Used by one rendering only.
 */
final class Flow {
  /**
   * The depth of the column used for measuring. Measuring runs from y = 0 downwards, where floats
   * are precise: at y = 10^6 a float is only good to 1/16 pt, enough to misjudge a line.
   */
  private static final float UNLIMITED = 100_000f;

  private final org.openpdf.text.Document document;
  private final float left;
  private final float right;
  private final float top;
  private final float bottom;
  private final ColumnText column;
  private final TaggedCanvas canvas;
  private final org.openpdf.text.pdf.PdfContentByte page;
  private final int runDirection;
  private final boolean simulate;

  /** True until something is placed on the current page. */
  private boolean fresh = true;

  /** The current page, counted from 1. */
  private int pageNumber = 1;

  /**
   * A flow that writes through {@code canvas}, which OpenPDF's layers derive from, its lines
   * running in {@code runDirection}: right to left in a Persian edition.
   */
  Flow(
      org.openpdf.text.Document document, PdfWriter writer, TaggedCanvas canvas, int runDirection) {
    this(document, writer, canvas, runDirection, false);
  }

  /**
   * A flow that, if {@code simulate}, only counts the pages it would fill: it breaks lines and
   * pages as it would write them, and writes nothing.
   */
  Flow(
      org.openpdf.text.Document document,
      PdfWriter writer,
      TaggedCanvas canvas,
      int runDirection,
      boolean simulate) {
    this.document = document;
    this.simulate = simulate;
    this.runDirection = runDirection;
    this.left = document.left();
    this.right = document.right();
    this.top = document.top();
    this.bottom = document.bottom();
    this.canvas = canvas;
    this.page = writer.getDirectContent();
    this.column = new ColumnText(canvas);
    // The Unicode bidi algorithm, and with it Arabic shaping, runs only with a run direction.
    column.setRunDirection(runDirection);
    startColumn();
  }

  float width() {
    return right - left;
  }

  float left() {
    return left;
  }

  float bottom() {
    return bottom;
  }

  /** The height of the text area of a page. */
  float pageHeight() {
    return top - bottom;
  }

  /** Where the next element starts. */
  float y() {
    return column.getYLine();
  }

  /** The height left on this page. */
  float space() {
    return column.getYLine() - bottom;
  }

  /** Whether nothing has been placed on this page yet. */
  boolean fresh() {
    return fresh;
  }

  /** Moves the next element down the page. */
  void skip(float height) {
    column.setYLine(Math.max(bottom, column.getYLine() - height));
    fresh = false;
  }

  /** Records that something was drawn on the page outside the flow. */
  void markUsed() {
    fresh = false;
  }

  /** The page the next element starts on, counted from 1. */
  int page() {
    return pageNumber;
  }

  /** Starts a new page unless this one is still empty. */
  void newPage() {
    flush();
    if (!fresh) {
      if (!simulate) {
        document.newPage();
      }
      pageNumber++;
    }
    startColumn();
  }

  /** Moves what the flow wrote onto the current page: its marked content belongs to this page. */
  void flush() {
    if (!canvas.isEmpty()) {
      page.add(canvas);
      canvas.clear();
    }
  }

  /**
   * Rounding slack: a height measured to fit exactly may miss by a float's last bit when placed.
   */
  static final float SLACK = 0.5f;

  /** Starts a new page unless {@code height} fits here or could not fit on any page. */
  void keep(float height) {
    if (!fresh && height > space() - SLACK && height <= pageHeight()) {
      newPage();
    }
  }

  /** Places elements, continuing on new pages as needed. */
  void addAll(List<? extends Element> elements) {
    for (Element e : elements) {
      add(e, bottom);
    }
  }

  /** Places an element; returns the page its first line went on, or -1 if it has no lines. */
  int add(Element e) {
    return add(e, bottom);
  }

  /**
   * Places an element, ending this page's part of it at {@code floor} instead of the bottom margin
   * (to carry a line over and avoid a widow); returns the page its first line went on, or -1.
   */
  int add(Element e, float floor) {
    column.setSimpleColumn(left, floor, right, column.getYLine());
    column.addElement(e);
    int stuck = 0;
    int first = -1;
    while (true) {
      float before = column.getYLine();
      int status = column.go(simulate);
      flush();
      if (first < 0 && column.getLinesWritten() > 0) {
        first = pageNumber;
      }
      boolean wrote = column.getYLine() != before || column.getLinesWritten() > 0;
      if (wrote) {
        fresh = false;
        // spacing before an element applies unless it opens a page
        column.setAdjustFirstLine(false);
      }
      if ((status & ColumnText.NO_MORE_TEXT) != 0) {
        break;
      }
      if (fresh && ++stuck > 1) {
        throw new RenderException(
            "an element does not fit on an empty page (" + e.getClass().getSimpleName() + ")");
      }
      newPage();
    }
    if (floor != bottom) {
      column.setSimpleColumn(left, bottom, right, column.getYLine());
    }
    return first;
  }

  /**
   * The height of elements placed one after another mid-page, without the last one's spacing after:
   * what must fit for them to stay on this page.
   */
  float measure(List<? extends Element> elements) {
    if (elements.isEmpty()) {
      return 0;
    }
    return extent(elements) - spacingAfter(elements.get(elements.size() - 1));
  }

  /** The height of elements placed one after another mid-page, with all their spacing. */
  float extent(List<? extends Element> elements) {
    ColumnText sim = new ColumnText(null);
    sim.setRunDirection(runDirection);
    sim.setSimpleColumn(left, -UNLIMITED, right, 0);
    sim.setAdjustFirstLine(false);
    for (Element e : elements) {
      sim.addElement(e);
    }
    go(sim);
    return -sim.getYLine();
  }

  /** How many lines of a paragraph fit on this page above {@code floor}; -1 when all of it does. */
  int linesThatFit(Paragraph p, float floor) {
    ColumnText sim = new ColumnText(null);
    sim.setRunDirection(runDirection);
    sim.setSimpleColumn(left, floor, right, column.getYLine());
    sim.setAdjustFirstLine(fresh);
    sim.addElement(p);
    int status = go(sim);
    return (status & ColumnText.NO_MORE_TEXT) != 0 ? -1 : sim.getLinesWritten();
  }

  /** The number of lines a paragraph takes. */
  int lines(Paragraph p) {
    ColumnText sim = new ColumnText(null);
    sim.setRunDirection(runDirection);
    sim.setSimpleColumn(left, -UNLIMITED, right, 0);
    sim.addElement(p);
    go(sim);
    return sim.getLinesWritten();
  }

  private static int go(ColumnText sim) {
    try {
      return sim.go(true);
    } catch (RuntimeException e) {
      throw new RenderException("cannot measure an element", e);
    }
  }

  private static float spacingAfter(Element e) {
    if (e instanceof Paragraph p) {
      return p.getSpacingAfter();
    }
    if (e instanceof PdfPTable t) {
      return t.spacingAfter();
    }
    return 0;
  }

  private void startColumn() {
    column.setSimpleColumn(left, bottom, right, top);
    column.setAdjustFirstLine(true);
    fresh = true;
  }
}
