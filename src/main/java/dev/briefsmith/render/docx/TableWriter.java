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
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

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
      CTP caption = blocks.paragraph(body, StyleSheet.CAPTION);
      // A table's caption goes above it and stays with it.
      caption.getPPr().addNewKeepNext();
      Props.spacing(caption.getPPr(), theme.baseSizePt() * 0.6, theme.baseSizePt() * 0.4, 1.0);
      blocks.runs().text(caption, t.caption().get(), RunFormat.PLAIN);
    }
    if (t.columnWeights().isEmpty() || (t.header().isEmpty() && t.body().isEmpty())) {
      // Word treats a table without rows or cells as a damaged file: an empty table is left out.
      return;
    }
    blocks.beforeTable(body);
    CTTbl tbl = body.table().get();
    CTTblPr pr = tbl.addNewTblPr();
    pr.addNewTblStyle().setVal(styleId(t.style()));
    if (blocks.rightToLeft()) {
      // columns from the right: the issue column stands on the right
      pr.addNewBidiVisual();
    }
    Props.width(pr.addNewTblW(), width);
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    look(pr.addNewTblLook(), !t.header().isEmpty(), t.rowHeaders());
    int[] cols = columns(t.columnWeights(), width);
    grid(tbl, cols);
    for (Row row : t.header()) {
      CTRow tr = tbl.addNewTr();
      CTTrPr trPr = tr.addNewTrPr();
      trPr.addNewCantSplit();
      trPr.addNewTblHeader();
      row(tr, row, cols, t.style(), true, size);
    }
    for (Row row : t.body()) {
      CTRow tr = tbl.addNewTr();
      if (t.keepRowsTogether()) {
        tr.addNewTrPr().addNewCantSplit();
      }
      row(tr, row, cols, t.style(), false, size);
    }
  }

  /**
   * Which rows and columns are headers, for assistive technology and Word's accessibility checker
   * (a table without a header row is an error there); the bits of {@code w:val} say the same for
   * older Word.
   */
  private static void look(
      org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook look,
      boolean headerRow,
      boolean headerColumn) {
    int bits = 0x0200 | 0x0400 | (headerRow ? 0x0020 : 0) | (headerColumn ? 0x0080 : 0);
    look.setVal(new byte[] {(byte) (bits >> 8), (byte) bits});
    look.setFirstRow(headerRow);
    look.setLastRow(false);
    look.setFirstColumn(headerColumn);
    look.setLastColumn(false);
    look.setNoHBand(true);
    look.setNoVBand(true);
  }

  private static String styleId(TableStyle style) {
    return switch (style) {
      case GRID -> StyleSheet.TABLE_GRID;
      case RULED -> StyleSheet.TABLE_RULED;
      case PLAIN -> StyleSheet.TABLE_PLAIN;
    };
  }

  private static void grid(CTTbl tbl, int[] cols) {
    CTTblGrid grid = tbl.addNewTblGrid();
    for (int w : cols) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
  }

  private void row(CTRow tr, Row row, int[] cols, TableStyle style, boolean header, double sizePt) {
    int col = 0;
    for (Cell cell : row.cells()) {
      int w = 0;
      for (int k = col; k < col + cell.colspan() && k < cols.length; k++) {
        w += cols[k];
      }
      col += cell.colspan();
      CTTc tc = tr.addNewTc();
      Rgb fill =
          cell.fill().isPresent()
              ? cell.fill().get()
              : header && style == TableStyle.GRID ? Props.tint(theme.accent(), 0.12) : null;
      tc.addNewTcPr()
          .set(
              cellProps.computeIfAbsent(
                  new CellLook(w, cell.colspan(), header && style == TableStyle.RULED, fill),
                  this::cellProps));
      RunFormat format = RunFormat.PLAIN.size(sizePt).color(cell.textColor()).bold(header);
      List<List<Span>> lines = cell.lines().isEmpty() ? List.of(List.of()) : cell.lines();
      CTPPr linePr =
          lineProps.computeIfAbsent(new LineLook(cell.align(), header, sizePt), this::lineProps);
      for (List<Span> line : lines) {
        CTP p = tc.addNewP();
        p.addNewPPr().set(linePr);
        blocks.spans(p, line, format);
      }
    }
  }

  /** What a cell's properties depend on: its width and span, a rule below, its fill (or none). */
  private record CellLook(int width, int colspan, boolean ruled, Rgb fill) {}

  /** What the properties of a line in a cell depend on. */
  private record LineLook(Align align, boolean header, double sizePt) {}

  /**
   * Cell and cell-line properties built once per look in this document and copied into each cell
   * (copying costs a fraction of building them element by element; a table has few looks).
   */
  private final Map<CellLook, CTTcPr> cellProps = new HashMap<>();

  private final Map<LineLook, CTPPr> lineProps = new HashMap<>();

  private CTTcPr cellProps(CellLook look) {
    CTTcPr tcPr = CTTcPr.Factory.newInstance();
    Props.width(tcPr.addNewTcW(), look.width());
    if (look.colspan() > 1) {
      tcPr.addNewGridSpan().setVal(BigInteger.valueOf(look.colspan()));
    }
    if (look.ruled()) {
      Props.line(tcPr.addNewTcBorders().addNewBottom(), 1, theme.muted(), 0);
    }
    if (look.fill() != null) {
      Props.fill(tcPr.addNewShd(), look.fill());
    }
    return tcPr;
  }

  private CTPPr lineProps(LineLook look) {
    CTPPr pPr = CTPPr.Factory.newInstance();
    pPr.addNewPStyle().setVal(StyleSheet.TABLE_TEXT);
    if (blocks.rightToLeft()) {
      pPr.addNewBidi();
    }
    if (look.align() != Align.LEFT) {
      Props.align(pPr, look.align() == Align.CENTER ? STJc.CENTER : STJc.RIGHT);
    }
    if (look.header()) {
      // a header row never ends a page alone: it stays with the first body row
      pPr.addNewKeepNext();
    }
    blocks.runs().mark(pPr, RunFormat.PLAIN.size(look.sizePt()));
    return pPr;
  }

  /** A boxed aside: a one-cell table with a fill and a border, its blocks inside. */
  void callout(Callout c, Body body, int width) throws IOException {
    blocks.beforeTable(body);
    CTTbl tbl = body.table().get();
    CTTblPr pr = tbl.addNewTblPr();
    if (blocks.rightToLeft()) {
      pr.addNewBidiVisual();
    }
    Props.width(pr.addNewTblW(), width);
    pr.addNewJc().setVal(STJcTable.CENTER);
    CTTblBorders b = pr.addNewTblBorders();
    Props.line(b.addNewTop(), 0.75, c.border(), 0);
    Props.line(b.addNewLeft(), 0.75, c.border(), 0);
    Props.line(b.addNewBottom(), 0.75, c.border(), 0);
    Props.line(b.addNewRight(), 0.75, c.border(), 0);
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    // a box for an aside: a layout table, with no header
    look(pr.addNewTblLook(), false, false);
    CTTblCellMar mar = pr.addNewTblCellMar();
    Props.width(mar.addNewTop(), CALLOUT_PAD_Y);
    Props.width(mar.addNewLeft(), CALLOUT_PAD_X);
    Props.width(mar.addNewBottom(), CALLOUT_PAD_Y / 2);
    Props.width(mar.addNewRight(), CALLOUT_PAD_X);
    grid(tbl, new int[] {width});
    CTRow tr = tbl.addNewTr();
    tr.addNewTrPr().addNewCantSplit();
    CTTc tc = tr.addNewTc();
    CTTcPr tcPr = tc.addNewTcPr();
    Props.width(tcPr.addNewTcW(), width);
    Props.fill(tcPr.addNewShd(), c.fill());
    Body cell = Body.of(tc);
    if (c.title().isPresent()) {
      CTP title = blocks.paragraph(cell, StyleSheet.CALLOUT_TITLE);
      blocks.runs().text(title, c.title().get(), RunFormat.PLAIN);
    }
    blocks.write(c.body(), cell, width - 2 * CALLOUT_PAD_X);
    // Word requires a cell to end with a paragraph; a nested table gets a hairline one after it.
    if (tc.sizeOfPArray() == 0 || lastIsTable(tc)) {
      CTP end = tc.addNewP();
      Props.spacing(end.addNewPPr(), 0, 0, 1.0);
      blocks.runs().mark(end.getPPr(), RunFormat.PLAIN.size(1));
    }
  }

  private static boolean lastIsTable(CTTc tc) {
    try (var cursor = tc.newCursor()) {
      cursor.toLastChild();
      return cursor.getName() != null && "tbl".equals(cursor.getName().getLocalPart());
    }
  }
}
