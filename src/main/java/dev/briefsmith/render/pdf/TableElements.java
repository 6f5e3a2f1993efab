package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Span;
import dev.briefsmith.compose.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The OpenPDF table for a table block, and its structure: {@code Table} > {@code TR} > {@code TH}
 * (scope Column in header rows, Row for a row's header cell) or {@code TD}, so that a screen reader
 * announces a matrix cell with its side and its issue. Fills and rules are drawn by the table's
 * background and rule layers, which the tagged canvas makes artifacts.
 */
final class TableElements {
  private final Look look;
  private final float textWidth;

  TableElements(Look look, float textWidth) {
    this.look = look;
    this.textWidth = textWidth;
  }

  /** A table and its caption; tagged under {@code parent} when {@code inline} tags. */
  List<Element> table(Table t, Inline inline) {
    List<Element> out = new ArrayList<>();
    int columns = t.columnWeights().size();
    if (columns > 0) {
      Tagger.Node node = inline.block(PdfName.TABLE);
      float[] weights = new float[columns];
      for (int i = 0; i < columns; i++) {
        weights[i] = t.columnWeights().get(i);
      }
      // OpenPDF sets a right-to-left table's cells from the right but its widths from the left
      PdfPTable table = new PdfPTable(look.edition().rightToLeft() ? reversed(weights) : weights);
      table.setRunDirection(look.runDirection());
      table.setWidthPercentage(100);
      table.setHeaderRows(t.header().size());
      // rows move whole to the next page; a row taller than a page still splits (never lost)
      table.setSplitLate(t.keepRowsTogether());
      table.setSplitRows(true);
      table.setSpacingBefore(look.base() * 0.4f);
      table.setSpacingAfter(t.caption().isPresent() ? 0 : look.paragraphGap() * 1.5f);
      Look.Type type = look.table(t.fontScale());
      float total = 0;
      for (float w : weights) {
        total += w;
      }
      for (Row row : t.header()) {
        Tagger.Node tr = inline.under(node, new PdfName("TR"));
        int column = 0;
        for (Cell c : row.cells()) {
          float width = span(weights, column, c.colspan()) / total * textWidth;
          Tagger.Node th = inline.cell(tr, true, "Column", c.colspan(), true);
          table.addCell(cell(c, t.style(), Edge.HEADER, type, width, inline.within(th)));
          column += c.colspan();
        }
      }
      for (int r = 0; r < t.body().size(); r++) {
        Tagger.Node tr = inline.under(node, new PdfName("TR"));
        int column = 0;
        for (Cell c : t.body().get(r).cells()) {
          Edge edge =
              r == t.body().size() - 1
                  ? Edge.LAST
                  : r == 0 && t.header().isEmpty() ? Edge.FIRST : Edge.MIDDLE;
          float width = span(weights, column, c.colspan()) / total * textWidth;
          boolean rowHeader = t.rowHeaders() && column == 0;
          Tagger.Node td = inline.cell(tr, rowHeader, "Row", c.colspan(), false);
          table.addCell(cell(c, t.style(), edge, type, width, inline.within(td)));
          column += c.colspan();
        }
      }
      out.add(table);
    }
    t.caption()
        .ifPresent(
            caption -> {
              Look.Type type = look.type(ParaStyle.CAPTION);
              org.openpdf.text.Paragraph p =
                  look.paragraph(
                      List.of(plain(caption)),
                      type,
                      Element.ALIGN_LEFT,
                      inline.spans(PdfName.P, List.of(plain(caption))));
              p.setSpacingBefore(look.base() * 0.4f);
              p.setSpacingAfter(look.paragraphGap() * 1.5f);
              out.add(p);
            });
    return out;
  }

  private static float[] reversed(float[] weights) {
    float[] out = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = weights[weights.length - 1 - i];
    }
    return out;
  }

  private static Span plain(String text) {
    return new Span.Text(text, false, false, Optional.empty());
  }

  /** Where a row is in its table, for the rules around it. */
  private enum Edge {
    HEADER,
    FIRST,
    MIDDLE,
    LAST
  }

  private static float span(float[] weights, int from, int columns) {
    float sum = 0;
    for (int i = from; i < Math.min(weights.length, from + columns); i++) {
      sum += weights[i];
    }
    return sum;
  }

  /**
   * The cell's type, smaller when its longest word would not fit the column: a narrow matrix cell
   * sets "Alignment" or a long side name whole rather than breaking it mid-word.
   */
  private Look.Type fitting(Cell c, Look.Type type, float room) {
    float widest = 0;
    for (List<Span> line : c.lines()) {
      for (Span span : line) {
        if (span instanceof Span.Text t) {
          var font = look.font(type.withBold(type.bold() || t.bold())).getBaseFont();
          widest = Math.max(widest, widestWord(t.text(), font, type.size()));
        }
      }
    }
    if (widest <= room || widest == 0) {
      return type;
    }
    float scale = Math.max(0.7f, room / widest);
    return type.withSize(type.size() * scale, type.leading() * scale);
  }

  /** The width of the widest word of {@code text}, words being what white space separates. */
  private static float widestWord(String text, org.openpdf.text.pdf.BaseFont font, float size) {
    float widest = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      // the white space of the pattern \s: space, tab, line feed, vertical tab, form feed, return
      if (i == text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
        if (i > start) {
          widest = Math.max(widest, font.getWidthPoint(text.substring(start, i), size));
        }
        start = i + 1;
      }
    }
    return widest;
  }

  private PdfPCell cell(
      Cell c, TableStyle style, Edge edge, Look.Type tableType, float columnWidth, Inline inline) {
    Theme theme = look.theme();
    boolean header = edge == Edge.HEADER;
    PdfPCell cell = new PdfPCell();
    cell.setColspan(c.colspan());
    cell.setUseAscender(true);
    cell.setUseDescender(true);
    float size = tableType.size();
    switch (style) {
      case GRID -> {
        cell.setBorder(Rectangle.BOX);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(PdfFonts.awt(gridLine(theme)));
        cell.setPaddingTop(size * 0.35f);
        cell.setPaddingBottom(size * 0.45f);
        cell.setPaddingLeft(size * 0.5f);
        cell.setPaddingRight(size * 0.5f);
      }
      case RULED -> {
        // booktabs: strong rules above and below the header and at the foot, hairlines between
        boolean top = header || edge == Edge.FIRST;
        boolean strongBottom = header || edge == Edge.LAST;
        // OpenPDF turns a side on when its width is set: set only the sides drawn
        cell.setBorder(top ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOTTOM);
        if (top) {
          cell.setBorderWidthTop(0.9f);
          cell.setBorderColorTop(PdfFonts.awt(theme.accent()));
        }
        cell.setBorderWidthBottom(strongBottom ? 0.9f : 0.5f);
        cell.setBorderColorBottom(PdfFonts.awt(strongBottom ? theme.accent() : gridLine(theme)));
        cell.setPaddingTop(size * 0.35f);
        cell.setPaddingBottom(size * 0.45f);
        cell.setPaddingLeft(size * 0.4f);
        cell.setPaddingRight(size * 0.4f);
      }
      case PLAIN -> {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(size * 0.15f);
        cell.setPaddingBottom(size * 0.25f);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(size * 0.8f);
      }
    }
    Optional<Rgb> fill = c.fill();
    if (fill.isEmpty() && header && style == TableStyle.GRID) {
      fill = Optional.of(Look.tint(theme.accent(), 0.12f));
    }
    fill.ifPresent(f -> cell.setBackgroundColor(PdfFonts.awt(f)));
    Look.Type type =
        tableType
            .withBold(header)
            .withColor(c.textColor().orElse(header ? theme.accent() : theme.text()));
    int align =
        switch (c.align()) {
          case LEFT -> Element.ALIGN_LEFT;
          case CENTER -> Element.ALIGN_CENTER;
          case RIGHT -> Element.ALIGN_RIGHT;
        };
    type = fitting(c, type, columnWidth - cell.getPaddingLeft() - cell.getPaddingRight() - 1f);
    // one line is the cell's own text; several are a paragraph each
    boolean lines = c.lines().size() > 1;
    for (List<Span> line : c.lines()) {
      cell.addElement(
          look.paragraph(
              line, type, align, lines ? inline.spans(PdfName.P, line) : inline.own(line)));
    }
    if (c.align() != Align.LEFT) {
      cell.setHorizontalAlignment(align);
    }
    return cell;
  }

  static Rgb gridLine(Theme theme) {
    // the rule colour is for hairlines on white; a grid over coloured fills needs more contrast
    return new Rgb(
        (theme.rule().red() * 2 + theme.muted().red()) / 3,
        (theme.rule().green() * 2 + theme.muted().green()) / 3,
        (theme.rule().blue() * 2 + theme.muted().blue()) / 3);
  }
}
