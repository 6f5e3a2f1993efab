package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Span;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.render.docx.BlockWriter.Body;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tables and callouts. Every table has a fixed layout, a width, and a {@code w:tblGrid}
 * whose columns share the width by the table's weights (POI writes no grid of its own, and Word and
 * LibreOffice lay out a table without one unpredictably).
 */
final class TableWriter {
  /** Padding inside a callout box, in twips. */
  static final int CALLOUT_PAD_X = 180;

  static final int CALLOUT_PAD_Y = 120;

  private final BlockWriter blocks;
  private final Theme theme;

  TableWriter(BlockWriter blocks, Theme theme) {
    this.blocks = blocks;
    this.theme = theme;
  }

  /** Column widths in twips, proportional to {@code weights}, adding up to {@code width}. */
  static int[] columns(List<Float> weights, int width) {
    int[] cols = new int[weights.size()];
    double total = 0;
    for (float w : weights) {
      total += Math.max(0, w);
    }
    int used = 0;
    for (int i = 0; i < cols.length; i++) {
      double share = total > 0 ? Math.max(0, weights.get(i)) / total : 1.0 / cols.length;
      cols[i] = (int) Math.floor(width * share);
      used += cols[i];
    }
    // Rounding leftovers go to the last column, so the grid is exactly as wide as the table.
    if (cols.length > 0) {
      cols[cols.length - 1] += width - used;
    }
    return cols;
  }

  void table(Document.Table t, Body body, int width) throws IOException {
    double size = theme.baseSizePt() * t.fontScale();
    if (t.caption().isPresent()) {
      Element caption = blocks.paragraph(body, StyleSheet.CAPTION);
      Element captionPr = caption.child("w:pPr");
      // A table's caption goes above it and stays with it.
      captionPr.add("w:keepNext");
      Props.spacing(captionPr, theme.baseSizePt() * 0.6, theme.baseSizePt() * 0.4, 1.0);
      blocks.runs().text(caption, t.caption().get(), RunFormat.PLAIN);
    }
    if (t.columnWeights().isEmpty() || (t.header().isEmpty() && t.body().isEmpty())) {
      // Word treats a table without rows or cells as a damaged file: an empty table is left out.
      return;
    }
    blocks.beforeTable(body);
    Element tbl = body.table();
    Element pr = tbl.add("w:tblPr");
    pr.add("w:tblStyle").attr("w:val", styleId(t.style()));
    if (blocks.rightToLeft()) {
      // columns from the right: the issue column stands on the right
      pr.add("w:bidiVisual");
    }
    Props.width(pr.add("w:tblW"), width);
    pr.add("w:tblLayout").attr("w:type", "fixed");
    look(pr.add("w:tblLook"), !t.header().isEmpty(), t.rowHeaders());
    int[] cols = columns(t.columnWeights(), width);
    grid(tbl, cols);
    for (Row row : t.header()) {
      Element tr = tbl.add("w:tr");
      Element trPr = tr.add("w:trPr");
      trPr.add("w:cantSplit");
      trPr.add("w:tblHeader");
      row(tr, row, cols, t.style(), true, size);
    }
    for (Row row : t.body()) {
      Element tr = tbl.add("w:tr");
      if (t.keepRowsTogether()) {
        tr.add("w:trPr").add("w:cantSplit");
      }
      row(tr, row, cols, t.style(), false, size);
    }
  }

  /**
   * Which rows and columns are headers, for assistive technology and Word's accessibility checker
   * (a table without a header row is an error there); the bits of {@code w:val} say the same for
   * older Word.
   */
  private static void look(Element look, boolean headerRow, boolean headerColumn) {
    int bits = 0x0200 | 0x0400 | (headerRow ? 0x0020 : 0) | (headerColumn ? 0x0080 : 0);
    look.attr("w:val", java.util.HexFormat.of().withUpperCase().toHexDigits((short) bits))
        .attr("w:firstRow", onOff(headerRow))
        .attr("w:lastRow", onOff(false))
        .attr("w:firstColumn", onOff(headerColumn))
        .attr("w:lastColumn", onOff(false))
        .attr("w:noHBand", onOff(true))
        .attr("w:noVBand", onOff(true));
  }

  /** An on/off value as XMLBeans writes a boolean one. */
  private static String onOff(boolean on) {
    return on ? "true" : "false";
  }

  private static String styleId(TableStyle style) {
    return switch (style) {
      case GRID -> StyleSheet.TABLE_GRID;
      case RULED -> StyleSheet.TABLE_RULED;
      case PLAIN -> StyleSheet.TABLE_PLAIN;
    };
  }

  private static void grid(Element tbl, int[] cols) {
    Element grid = tbl.add("w:tblGrid");
    for (int w : cols) {
      grid.add("w:gridCol").attr("w:w", w);
    }
  }

  private void row(
      Element tr, Row row, int[] cols, TableStyle style, boolean header, double sizePt) {
    int col = 0;
    for (Cell cell : row.cells()) {
      int w = 0;
      for (int k = col; k < col + cell.colspan() && k < cols.length; k++) {
        w += cols[k];
      }
      col += cell.colspan();
      Element tc = tr.add("w:tc");
      Rgb fill =
          cell.fill().isPresent()
              ? cell.fill().get()
              : header && style == TableStyle.GRID ? Props.tint(theme.accent(), 0.12) : null;
      tc.append(
          cellProps.computeIfAbsent(
              new CellLook(w, cell.colspan(), header && style == TableStyle.RULED, fill),
              this::cellProps));
      RunFormat format = RunFormat.PLAIN.size(sizePt).color(cell.textColor()).bold(header);
      List<List<Span>> lines = cell.lines().isEmpty() ? List.of(List.of()) : cell.lines();
      Element linePr =
          lineProps.computeIfAbsent(new LineLook(cell.align(), header, sizePt), this::lineProps);
      for (List<Span> line : lines) {
        Element p = tc.add("w:p").append(linePr);
        blocks.spans(p, line, format);
      }
    }
  }

  /** What a cell's properties depend on: its width and span, a rule below, its fill (or none). */
  private record CellLook(int width, int colspan, boolean ruled, Rgb fill) {}

  /** What the properties of a line in a cell depend on. */
  private record LineLook(Align align, boolean header, double sizePt) {}

  /**
   * Cell and cell-line properties built once per look in this document and shared by its cells
   * (never changed once built; a table has few looks).
   */
  private final Map<CellLook, Element> cellProps = new HashMap<>();

  private final Map<LineLook, Element> lineProps = new HashMap<>();

  private Element cellProps(CellLook look) {
    Element tcPr = new Element("w:tcPr");
    Props.width(tcPr.add("w:tcW"), look.width());
    if (look.colspan() > 1) {
      tcPr.add("w:gridSpan").attr("w:val", look.colspan());
    }
    if (look.ruled()) {
      Props.line(tcPr.add("w:tcBorders").add("w:bottom"), 1, theme.muted(), 0);
    }
    if (look.fill() != null) {
      Props.fill(tcPr.add("w:shd"), look.fill());
    }
    return tcPr;
  }

  private Element lineProps(LineLook look) {
    Element pPr = new Element("w:pPr");
    pPr.add("w:pStyle").attr("w:val", StyleSheet.TABLE_TEXT);
    if (blocks.rightToLeft()) {
      pPr.add("w:bidi");
    }
    if (look.align() != Align.LEFT) {
      Props.align(pPr, look.align() == Align.CENTER ? "center" : "right");
    }
    if (look.header()) {
      // a header row never ends a page alone: it stays with the first body row
      pPr.add("w:keepNext");
    }
    blocks.runs().mark(pPr, RunFormat.PLAIN.size(look.sizePt()));
    return pPr;
  }

  /** A boxed aside: a one-cell table with a fill and a border, its blocks inside. */
  void callout(Callout c, Body body, int width) throws IOException {
    blocks.beforeTable(body);
    Element tbl = body.table();
    Element pr = tbl.add("w:tblPr");
    if (blocks.rightToLeft()) {
      pr.add("w:bidiVisual");
    }
    Props.width(pr.add("w:tblW"), width);
    pr.add("w:jc").attr("w:val", "center");
    Element b = pr.add("w:tblBorders");
    Props.line(b.add("w:top"), 0.75, c.border(), 0);
    Props.line(b.add("w:left"), 0.75, c.border(), 0);
    Props.line(b.add("w:bottom"), 0.75, c.border(), 0);
    Props.line(b.add("w:right"), 0.75, c.border(), 0);
    pr.add("w:tblLayout").attr("w:type", "fixed");
    // a box for an aside: a layout table, with no header
    look(pr.add("w:tblLook"), false, false);
    Element mar = pr.add("w:tblCellMar");
    Props.width(mar.add("w:top"), CALLOUT_PAD_Y);
    Props.width(mar.add("w:left"), CALLOUT_PAD_X);
    Props.width(mar.add("w:bottom"), CALLOUT_PAD_Y / 2);
    Props.width(mar.add("w:right"), CALLOUT_PAD_X);
    grid(tbl, new int[] {width});
    Element tr = tbl.add("w:tr");
    tr.add("w:trPr").add("w:cantSplit");
    Element tc = tr.add("w:tc");
    Element tcPr = tc.add("w:tcPr");
    Props.width(tcPr.add("w:tcW"), width);
    Props.fill(tcPr.add("w:shd"), c.fill());
    Body cell = new Body(tc);
    if (c.title().isPresent()) {
      Element title = blocks.paragraph(cell, StyleSheet.CALLOUT_TITLE);
      blocks.runs().text(title, c.title().get(), RunFormat.PLAIN);
    }
    blocks.write(c.body(), cell, width - 2 * CALLOUT_PAD_X);
    // Word requires a cell to end with a paragraph; a nested table gets a hairline one after it.
    if (!tc.has("w:p") || lastIsTable(tc)) {
      Element endPr = tc.add("w:p").add("w:pPr");
      Props.spacing(endPr, 0, 0, 1.0);
      blocks.runs().mark(endPr, RunFormat.PLAIN.size(1));
    }
  }

  private static boolean lastIsTable(Element tc) {
    List<Object> children = tc.children();
    return !children.isEmpty()
        && children.get(children.size() - 1) instanceof Element last
        && last.name().equals("w:tbl");
  }
}
