package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Contents;
import dev.briefsmith.compose.Document.ContentsEntry;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Note;
import dev.briefsmith.compose.Document.NoteList;
import dev.briefsmith.compose.Document.PageBreak;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Span;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.render.Direction;
import dev.briefsmith.render.chart.ChartLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The OpenPDF elements for each kind of block (except the full-page cover and page breaks, which
 * are page layout). Every call builds new elements: OpenPDF tables keep layout state, so the
 * elements measured to decide page breaks are never the ones placed.
 */
final class BlockElements {
  /** Prefix of the generic tag that asks the page events for an outline entry. */
  static final String OUTLINE_TAG = "outline:";

  /** Lays out a figure's chart, and draws it, or returns empty when only measuring. */
  interface Charts {
    /** The size the chart needs at a width: measuring and drawing agree on it. */
    ChartLayout layout(Figure figure, float widthPt);

    Optional<Image> draw(Figure figure, ChartLayout layout, float widthPt, float heightPt);
  }

  private final Look look;
  private final Charts charts;
  private final float textWidth;
  private final float maxFigureHeight;

  private final Map<String, Integer> contentsPages;

  /**
   * Elements for a text area {@code textWidth} wide, with charts at most so high; a table of
   * contents prints the pages in {@code contentsPages}.
   */
  BlockElements(
      Look look,
      Charts charts,
      float textWidth,
      float maxFigureHeight,
      Map<String, Integer> contentsPages) {
    this.look = look;
    this.charts = charts;
    this.textWidth = textWidth;
    this.maxFigureHeight = maxFigureHeight;
    this.contentsPages = contentsPages;
  }

  /** The elements of a block in flowing text. */
  List<Element> of(Block block) {
    return switch (block) {
      case Cover c -> masthead(c);
      case Heading h -> List.of(heading(h));
      case Paragraph p -> List.of(paragraph(p, false));
      case BulletList l -> List.of(bullets(l));
      case NoteList n -> List.of(notes(n));
      case Table t -> table(t);
      case Figure f -> List.of(figure(f));
      case Callout c -> List.of(callout(c));
      case Contents c -> contents(c);
      // a break inside a box cannot start a page; the flow handles top-level breaks
      case PageBreak b -> List.of();
    };
  }

  /** A table of contents: each entry a link to its heading, a dotted leader and the page number. */
  List<Element> contents(Contents c) {
    List<Element> out = new ArrayList<>();
    Look.Type body = look.type(ParaStyle.BODY);
    for (ContentsEntry e : c.entries()) {
      Look.Type type = e.level() == 1 ? body.withBold(true) : body;
      if (look.edition().rightToLeft()) {
        out.add(rightToLeftEntry(e, type));
        continue;
      }
      org.openpdf.text.Paragraph p = new org.openpdf.text.Paragraph(type.leading());
      p.setFont(look.font(type));
      for (Chunk text : look.chunks(e.text(), type)) {
        text.setLocalGoto(e.anchor());
        p.add(text);
      }
      Chunk dots = new Chunk(new org.openpdf.text.pdf.draw.DottedLineSeparator());
      dots.setFont(look.font(body));
      p.add(dots);
      // chunks, not one chunk: Persian digits are set in the Arabic-script font
      for (Chunk page :
          look.chunks(look.edition().digits(contentsPages.getOrDefault(e.anchor(), 0)), type)) {
        page.setLocalGoto(e.anchor());
        p.add(page);
      }
      // explicit: with a right-to-left run direction only a set alignment starts at the right
      p.setAlignment(Element.ALIGN_LEFT);
      if (look.edition().rightToLeft()) {
        p.setIndentationRight(e.level() == 1 ? 0 : look.base() * 1.5f);
      } else {
        p.setIndentationLeft(e.level() == 1 ? 0 : look.base() * 1.5f);
      }
      p.setSpacingBefore(e.level() == 1 ? look.base() * 0.35f : 0);
      p.setKeepTogether(true);
      out.add(p);
    }
    return out;
  }

  /**
   * A contents line read from the right: the heading's text at the right, its page number at the
   * left, as two cells (OpenPDF's dotted leader pushes right-to-left text off the line).
   */
  private PdfPTable rightToLeftEntry(ContentsEntry e, Look.Type type) {
    PdfPTable row = new PdfPTable(new float[] {1, 9});
    row.setRunDirection(look.runDirection());
    row.setWidthPercentage(100);
    row.setSpacingBefore(e.level() == 1 ? look.base() * 0.35f : 0);
    org.openpdf.text.Paragraph text = new org.openpdf.text.Paragraph(type.leading());
    text.setAlignment(Element.ALIGN_LEFT);
    for (Chunk chunk : look.chunks(e.text(), type)) {
      chunk.setLocalGoto(e.anchor());
      text.add(chunk);
    }
    org.openpdf.text.Paragraph page = new org.openpdf.text.Paragraph(type.leading());
    page.setAlignment(Element.ALIGN_RIGHT);
    for (Chunk chunk :
        look.chunks(look.edition().digits(contentsPages.getOrDefault(e.anchor(), 0)), type)) {
      chunk.setLocalGoto(e.anchor());
      page.add(chunk);
    }
    for (int i = 0; i < 2; i++) {
      org.openpdf.text.Paragraph p = i == 0 ? text : page;
      PdfPCell cell = new PdfPCell();
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      cell.setPaddingBottom(type.size() * 0.15f);
      cell.setRunDirection(look.runDirection());
      cell.setUseAscender(true);
      if (i == 0 && e.level() > 1) {
        cell.setPaddingRight(look.base() * 1.5f);
      }
      cell.addElement(p);
      row.addCell(cell);
    }
    return row;
  }

  /** A heading: a named destination at its anchor and a tag for its outline entry. */
  org.openpdf.text.Paragraph heading(Heading h) {
    Look.Type type = look.heading(h.level());
    List<Chunk> text = look.chunks(h.text(), type);
    // the first chunk carries the destination and the outline tag: where the heading starts
    text.get(0).setLocalDestination(h.anchor());
    text.get(0).setGenericTag(OUTLINE_TAG + h.anchor());
    org.openpdf.text.Paragraph p = new org.openpdf.text.Paragraph(type.leading());
    p.setFont(look.font(type));
    p.setLeading(type.leading(), 0);
    p.setAlignment(Element.ALIGN_LEFT);
    p.addAll(text);
    p.setSpacingBefore(h.level() <= 2 ? type.size() * 1.1f : type.size());
    p.setSpacingAfter(h.level() == 1 ? type.size() * 0.45f : type.size() * 0.35f);
    p.setKeepTogether(true);
    return p;
  }

  /**
   * A paragraph; {@code beforeAttribution} tightens the space after a quotation whose attribution
   * follows.
   */
  Element paragraph(Paragraph para, boolean beforeAttribution) {
    Look.Type type = look.type(para.style());
    float gap = look.paragraphGap();
    if (para.style() == ParaStyle.LEAD) {
      return lead(para);
    }
    org.openpdf.text.Paragraph p = look.paragraph(para.spans(), type, Element.ALIGN_LEFT);
    switch (para.style()) {
      case QUOTE -> {
        p.setIndentationLeft(look.base() * 2.2f);
        p.setIndentationRight(look.base() * 2.2f);
        p.setSpacingBefore(gap * 0.5f);
        p.setSpacingAfter(beforeAttribution ? gap * 0.25f : gap * 1.3f);
      }
      case ATTRIBUTION -> {
        p.setIndentationLeft(look.base() * 2.2f);
        p.setIndentationRight(look.base() * 2.2f);
        p.setSpacingAfter(gap * 1.3f);
      }
      case CAPTION -> {
        p.setSpacingBefore(gap * 0.4f);
        p.setSpacingAfter(gap * 1.4f);
      }
      case SMALL -> p.setSpacingAfter(gap * 0.8f);
      default -> p.setSpacingAfter(gap);
    }
    return Direction.rightToLeft(para) ? rightToLeft(p) : p;
  }

  /** A right-to-left paragraph: set in a borderless cell whose run direction is right to left. */
  private static PdfPTable rightToLeft(org.openpdf.text.Paragraph p) {
    PdfPTable box = new PdfPTable(1);
    box.setRunDirection(org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_RTL);
    box.setWidthPercentage(100);
    box.setSpacingBefore(p.getSpacingBefore());
    box.setSpacingAfter(p.getSpacingAfter());
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    cell.setPaddingLeft(p.getIndentationRight());
    cell.setPaddingRight(p.getIndentationLeft());
    cell.setRunDirection(org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_RTL);
    cell.setUseAscender(true);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setIndentationLeft(0);
    p.setIndentationRight(0);
    cell.addElement(p);
    box.addCell(cell);
    return box;
  }

  /** The bottom line up front: larger type beside an accent bar. */
  private PdfPTable lead(Paragraph para) {
    Look.Type type = look.type(ParaStyle.LEAD);
    PdfPTable box = new PdfPTable(1);
    box.setRunDirection(look.runDirection());
    box.setWidthPercentage(100);
    box.setSpacingBefore(look.base() * 0.3f);
    box.setSpacingAfter(look.paragraphGap() * 1.3f);
    PdfPCell cell = new PdfPCell();
    // the accent bar stands where lines start: on the right in a right-to-left edition
    if (look.edition().rightToLeft()) {
      cell.setBorder(Rectangle.RIGHT);
      cell.setBorderWidthRight(3f);
      cell.setBorderColorRight(PdfFonts.awt(look.theme().accent()));
      cell.setPaddingRight(look.base() * 1.2f);
    } else {
      cell.setBorder(Rectangle.LEFT);
      cell.setBorderWidthLeft(3f);
      cell.setBorderColorLeft(PdfFonts.awt(look.theme().accent()));
      cell.setPaddingLeft(look.base() * 1.2f);
    }
    cell.setPaddingTop(1f);
    cell.setPaddingBottom(look.base() * 0.35f);
    cell.setUseAscender(true);
    cell.setUseDescender(true);
    cell.addElement(look.paragraph(para.spans(), type, Element.ALIGN_LEFT));
    box.addCell(cell);
    return box;
  }

  /** A bullet list with a hanging indent. */
  org.openpdf.text.List bullets(BulletList list) {
    Look.Type type = look.type(list.style());
    Font bullet = look.font(type.withColor(look.theme().accent()));
    List<List<Span>> items = list.items();
    if (look.edition().rightToLeft()) {
      // OpenPDF sets a list's symbols at the left even when its lines run from the right: here
      // the bullet starts each item's text, so it stands at the right
      org.openpdf.text.List out = new org.openpdf.text.List(false, 0);
      out.setIndentationRight(type.size() * 0.5f);
      out.setListSymbol(new Chunk("", bullet));
      for (int i = 0; i < items.size(); i++) {
        ListItem item = item(List.of(), type, i == items.size() - 1);
        item.add(new Chunk("\u2022\u00a0\u00a0", bullet));
        look.addSpans(item, items.get(i), type);
        out.add(item);
      }
      return out;
    }
    org.openpdf.text.List out = new org.openpdf.text.List(false, type.size() * 1.3f);
    out.setIndentationLeft(type.size() * 0.5f);
    out.setListSymbol(new Chunk("\u2022", bullet));
    for (int i = 0; i < items.size(); i++) {
      out.add(item(items.get(i), type, i == items.size() - 1));
    }
    return out;
  }

  /** Numbered endnotes, "1." hanging. */
  org.openpdf.text.List notes(NoteList notes) {
    Look.Type type = look.type(ParaStyle.SMALL);
    int widest = notes.notes().stream().mapToInt(Note::number).max().orElse(9);
    float hang =
        look.fonts().base(type.family(), false, false).getWidthPoint(widest + ".", type.size())
            + type.size() * 0.8f;
    boolean rtl = look.edition().rightToLeft();
    // right to left, the number starts the note's text, as a bullet does (see bullets)
    org.openpdf.text.List out = new org.openpdf.text.List(false, rtl ? 0 : hang);
    if (rtl) {
      out.setListSymbol(new Chunk("", look.font(type)));
    }
    List<Note> all = notes.notes();
    for (int i = 0; i < all.size(); i++) {
      Note note = all.get(i);
      Chunk number = look.numeral(look.edition().digits(note.number()) + ".", look.font(type));
      if (rtl) {
        ListItem item = item(List.of(), type, i == all.size() - 1);
        item.add(number);
        item.add(new Chunk("\u00a0\u00a0", look.font(type)));
        look.addSpans(item, note.spans(), type);
        out.add(item);
      } else {
        ListItem item = item(note.spans(), type, i == all.size() - 1);
        item.setListSymbol(number);
        out.add(item);
      }
    }
    return out;
  }

  private ListItem item(List<Span> spans, Look.Type type, boolean last) {
    ListItem item = new ListItem(type.leading());
    item.setAlignment(Element.ALIGN_LEFT);
    item.setFont(look.font(type));
    item.setLeading(type.leading(), 0);
    look.addSpans(item, spans, type);
    item.setSpacingAfter(last ? look.paragraphGap() : type.size() * 0.3f);
    // an item is short: never leave one line of it behind
    item.setKeepTogether(true);
    return item;
  }

  private static float[] reversed(float[] weights) {
    float[] out = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = weights[weights.length - 1 - i];
    }
    return out;
  }

  /** A table and its caption. */
  List<Element> table(Table t) {
    List<Element> out = new ArrayList<>();
    int columns = t.columnWeights().size();
    if (columns > 0) {
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
        int column = 0;
        for (Cell c : row.cells()) {
          float width = span(weights, column, c.colspan()) / total * textWidth;
          table.addCell(cell(c, t.style(), Edge.HEADER, type, width));
          column += c.colspan();
        }
      }
      for (int r = 0; r < t.body().size(); r++) {
        int column = 0;
        for (Cell c : t.body().get(r).cells()) {
          Edge edge =
              r == t.body().size() - 1
                  ? Edge.LAST
                  : r == 0 && t.header().isEmpty() ? Edge.FIRST : Edge.MIDDLE;
          float width = span(weights, column, c.colspan()) / total * textWidth;
          table.addCell(cell(c, t.style(), edge, type, width));
          column += c.colspan();
        }
      }
      out.add(table);
    }
    t.caption()
        .ifPresent(
            caption -> {
              org.openpdf.text.Paragraph p =
                  look.paragraph(caption, look.type(ParaStyle.CAPTION), Element.ALIGN_LEFT);
              p.setSpacingBefore(look.base() * 0.4f);
              p.setSpacingAfter(look.paragraphGap() * 1.5f);
              out.add(p);
            });
    return out;
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
          for (String word : t.text().split("\\s+", -1)) {
            widest = Math.max(widest, font.getWidthPoint(word, type.size()));
          }
        }
      }
    }
    if (widest <= room || widest == 0) {
      return type;
    }
    float scale = Math.max(0.7f, room / widest);
    return type.withSize(type.size() * scale, type.leading() * scale);
  }

  private PdfPCell cell(
      Cell c, TableStyle style, Edge edge, Look.Type tableType, float columnWidth) {
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
    for (List<Span> line : c.lines()) {
      cell.addElement(look.paragraph(line, type, align));
    }
    if (c.align() != Align.LEFT) {
      cell.setHorizontalAlignment(align);
    }
    return cell;
  }

  private static Rgb gridLine(Theme theme) {
    // the rule colour is for hairlines on white; a grid over coloured fills needs more contrast
    return new Rgb(
        (theme.rule().red() * 2 + theme.muted().red()) / 3,
        (theme.rule().green() * 2 + theme.muted().green()) / 3,
        (theme.rule().blue() * 2 + theme.muted().blue()) / 3);
  }

  /** A figure and its caption, kept on one page. */
  PdfPTable figure(Figure f) {
    float fraction = Math.max(0.1f, Math.min(1f, f.widthFraction()));
    ChartLayout layout = charts.layout(f, textWidth * fraction);
    // a chart must fit on a page with its caption: shrink it as a whole, keeping its proportions
    float scale = layout.scaleToFit(maxFigureHeight);
    float width = layout.widthPt() * scale;
    float height = layout.heightPt() * scale;
    PdfPTable box = new PdfPTable(1);
    box.setRunDirection(look.runDirection());
    box.setWidthPercentage(100);
    box.setSpacingBefore(look.base() * 0.6f);
    box.setSpacingAfter(look.paragraphGap() * 1.5f);
    box.setKeepTogether(true);
    Optional<Image> chart = charts.draw(f, layout, width, height);
    PdfPCell art = chart.map(image -> new PdfPCell(image, false)).orElseGet(PdfPCell::new);
    art.setFixedHeight(height);
    art.setBorder(Rectangle.NO_BORDER);
    art.setPadding(0);
    art.setHorizontalAlignment(Element.ALIGN_CENTER);
    box.addCell(art);
    f.caption()
        .ifPresent(
            caption -> {
              PdfPCell under = new PdfPCell();
              under.setBorder(Rectangle.NO_BORDER);
              under.setPadding(0);
              under.setPaddingTop(look.base() * 0.4f);
              under.setUseAscender(true);
              under.addElement(
                  look.paragraph(caption, look.type(ParaStyle.CAPTION), Element.ALIGN_CENTER));
              box.addCell(under);
            });
    return box;
  }

  /** A boxed aside: its body is laid out by this same code. */
  PdfPTable callout(Callout c) {
    PdfPTable box = new PdfPTable(1);
    box.setRunDirection(look.runDirection());
    box.setWidthPercentage(100);
    box.setSpacingBefore(look.base() * 0.6f);
    box.setSpacingAfter(look.paragraphGap() * 1.6f);
    PdfPCell cell = new PdfPCell();
    cell.setBackgroundColor(PdfFonts.awt(c.fill()));
    cell.setBorder(Rectangle.BOX);
    cell.setBorderWidth(0.75f);
    cell.setBorderColor(PdfFonts.awt(c.border()));
    cell.setPadding(look.base());
    cell.setPaddingTop(look.base() * 0.8f);
    cell.setPaddingBottom(look.base() * 0.4f);
    cell.setUseAscender(true);
    c.title()
        .ifPresent(
            title -> {
              Look.Type type =
                  look.type(ParaStyle.BODY).withBold(true).withColor(look.theme().accent());
              org.openpdf.text.Paragraph p = look.paragraph(title, type, Element.ALIGN_LEFT);
              p.setSpacingAfter(look.base() * 0.35f);
              cell.addElement(p);
            });
    List<Element> body = new ArrayList<>();
    for (Block block : c.body()) {
      body.addAll(of(block));
    }
    if (!body.isEmpty()) {
      // the box's padding ends it; the last element's own spacing would double it
      noSpaceAfter(body.get(body.size() - 1));
    }
    body.forEach(cell::addElement);
    box.addCell(cell);
    return box;
  }

  private static void noSpaceAfter(Element e) {
    switch (e) {
      case org.openpdf.text.Paragraph p -> p.setSpacingAfter(0);
      case PdfPTable t -> t.setSpacingAfter(0);
      case org.openpdf.text.List l when !l.getItems().isEmpty() ->
          noSpaceAfter(l.getItems().get(l.getItems().size() - 1));
      default -> {}
    }
  }

  /** A compact masthead at the top of page 1. */
  List<Element> masthead(Cover c) {
    Theme theme = look.theme();
    List<Element> out = new ArrayList<>();
    Look.Type small = look.type(ParaStyle.SMALL);
    c.series()
        .ifPresent(
            series -> {
              org.openpdf.text.Paragraph p =
                  look.paragraph(
                      series, small.withBold(true).withColor(theme.accent()), Element.ALIGN_LEFT);
              p.setSpacingAfter(look.base() * 0.2f);
              out.add(p);
            });
    Look.Type titleType = look.heading(1).withSize(look.base() * 2.1f, look.base() * 2.1f * 1.15f);
    org.openpdf.text.Paragraph title = look.paragraph(c.title(), titleType, Element.ALIGN_LEFT);
    title.setSpacingAfter(look.base() * 0.2f);
    out.add(title);
    c.subtitle()
        .ifPresent(
            subtitle -> {
              Look.Type type =
                  new Look.Type(
                      theme.headingFont(),
                      look.base() * 1.25f,
                      look.base() * 1.25f * 1.3f,
                      false,
                      false,
                      theme.text());
              org.openpdf.text.Paragraph p = look.paragraph(subtitle, type, Element.ALIGN_LEFT);
              p.setSpacingAfter(look.base() * 0.4f);
              out.add(p);
            });
    String line =
        c.audienceLabel().isBlank()
            ? c.dateLine()
            : c.dateLine() + "  \u00b7  " + c.audienceLabel();
    org.openpdf.text.Paragraph meta =
        look.paragraph(line, small.withColor(theme.muted()), Element.ALIGN_LEFT);
    meta.setSpacingBefore(look.base() * 0.2f);
    out.add(meta);
    out.add(look.rule(1.2f, theme.accent(), 100, look.base() * 0.8f, look.base() * 1.4f));
    return out;
  }
}
