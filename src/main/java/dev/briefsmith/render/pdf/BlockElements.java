package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Contents;
import dev.briefsmith.compose.Document.ContentsEntry;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Note;
import dev.briefsmith.compose.Document.NoteList;
import dev.briefsmith.compose.Document.PageBreak;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.ParaStyle;
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
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;

/**
 * The OpenPDF elements for each kind of block (except the full-page cover and page breaks, which
 * are page layout). Every call builds new elements: OpenPDF tables keep layout state, so the
 * elements measured to decide page breaks are never the ones placed.
 */
final class BlockElements {
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
  private final TableElements tables;

  /** Where the elements being built go in the structure tree (nowhere when measuring). */
  private Inline inline;

  /**
   * Elements for a text area {@code textWidth} wide, with charts at most so high; a table of
   * contents prints the pages in {@code contentsPages}; {@code inline} says where their structure
   * goes.
   */
  BlockElements(
      Look look,
      Charts charts,
      float textWidth,
      float maxFigureHeight,
      Map<String, Integer> contentsPages,
      Inline inline) {
    this.look = look;
    this.charts = charts;
    this.textWidth = textWidth;
    this.maxFigureHeight = maxFigureHeight;
    this.contentsPages = contentsPages;
    this.tables = new TableElements(look, textWidth);
    this.inline = inline;
  }

  /** Where the structure of the elements built goes. */
  Inline inline() {
    return inline;
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

  /**
   * A table of contents ({@code TOC} > {@code TOCI} > {@code Link}): each entry a link to its
   * heading, a dotted leader (decoration) and the page number.
   */
  List<Element> contents(Contents c) {
    List<Element> out = new ArrayList<>();
    Look.Type body = look.type(ParaStyle.BODY);
    Tagger.Node toc = inline.block(PdfName.TOC);
    for (ContentsEntry e : c.entries()) {
      Look.Type type = e.level() == 1 ? body.withBold(true) : body;
      String number = look.edition().digits(contentsPages.getOrDefault(e.anchor(), 0));
      String tag = null;
      if (inline.tagged()) {
        Tagger.Node item = inline.under(toc, PdfName.TOCI);
        Tagger.Node link = inline.tagger().link(item, e.anchor(), e.text() + ", page " + number);
        Tagger.logicalText(link, e.text() + " " + number);
        tag = link.tag();
      }
      if (look.edition().rightToLeft()) {
        out.add(rightToLeftEntry(e, type, number, tag));
        continue;
      }
      org.openpdf.text.Paragraph p = new org.openpdf.text.Paragraph(type.leading());
      p.setFont(look.font(type));
      for (Chunk text : look.chunks(e.text(), type)) {
        tagWith(text, tag);
        p.add(text);
      }
      Chunk dots = new Chunk(new Leader());
      dots.setFont(look.font(body));
      p.add(dots);
      // chunks, not one chunk: Persian digits are set in the Arabic-script font; the space keeps
      // the number a word of its own for a screen reader
      for (Chunk page : look.chunks(" " + number, type)) {
        tagWith(page, tag);
        p.add(page);
      }
      // explicit: with a right-to-left run direction only a set alignment starts at the right
      p.setAlignment(Element.ALIGN_LEFT);
      p.setIndentationLeft(e.level() == 1 ? 0 : look.base() * 1.5f);
      p.setSpacingBefore(e.level() == 1 ? look.base() * 0.35f : 0);
      p.setKeepTogether(true);
      out.add(p);
    }
    return out;
  }

  /**
   * A contents line read from the right: the heading's text at the right, its page number at the
   * left, as two cells (OpenPDF's dotted leader pushes right-to-left text off the line); both
   * marked with the entry's link ({@code tag}).
   */
  private PdfPTable rightToLeftEntry(ContentsEntry e, Look.Type type, String number, String tag) {
    PdfPTable row = new PdfPTable(new float[] {1, 9});
    row.setRunDirection(look.runDirection());
    row.setWidthPercentage(100);
    row.setSpacingBefore(e.level() == 1 ? look.base() * 0.35f : 0);
    org.openpdf.text.Paragraph text = new org.openpdf.text.Paragraph(type.leading());
    text.setAlignment(Element.ALIGN_LEFT);
    for (Chunk chunk : look.chunks(e.text(), type)) {
      tagWith(chunk, tag);
      text.add(chunk);
    }
    org.openpdf.text.Paragraph page = new org.openpdf.text.Paragraph(type.leading());
    page.setAlignment(Element.ALIGN_RIGHT);
    for (Chunk chunk : look.chunks(number, type)) {
      tagWith(chunk, tag);
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

  /** A dotted leader drawn as decoration. */
  private static final class Leader extends org.openpdf.text.pdf.draw.DottedLineSeparator {
    @Override
    public void draw(
        org.openpdf.text.pdf.PdfContentByte canvas,
        float llx,
        float lly,
        float urx,
        float ury,
        float y) {
      canvas.beginMarkedContentSequence(new PdfName("Artifact"), Tagger.layoutArtifact(), true);
      super.draw(canvas, llx, lly, urx, ury, y);
      canvas.endMarkedContentSequence();
    }
  }

  private static void tagWith(Chunk chunk, String tag) {
    if (tag != null) {
      chunk.setGenericTag(tag);
    }
  }

  /** Tags every chunk of {@code p} with {@code node}'s tag; returns {@code p}. */
  static <T extends org.openpdf.text.Phrase> T tagAll(T p, Tagger.Node node) {
    if (node != null) {
      StringBuilder text = new StringBuilder();
      for (Element e : p.getChunks()) {
        ((Chunk) e).setGenericTag(node.tag());
        text.append(((Chunk) e).getContent());
      }
      Tagger.logicalText(node, text.toString());
    }
    return p;
  }

  /** A heading: a named destination at its anchor and a tag for its outline entry. */
  org.openpdf.text.Paragraph heading(Heading h) {
    Look.Type type = look.heading(h.level());
    List<Chunk> text = look.chunks(h.text(), type);
    // the first chunk carries the destination: where the heading starts
    text.get(0).setLocalDestination(h.anchor());
    if (inline.tagged()) {
      Tagger.Node node = inline.tagger().heading(inline.parentNode(), h.level(), h.anchor());
      Tagger.logicalText(node, h.text());
      text.forEach(c -> c.setGenericTag(node.tag()));
    }
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
    org.openpdf.text.Paragraph p =
        look.paragraph(
            para.spans(),
            type,
            Element.ALIGN_LEFT,
            inline.spans(
                para.style() == ParaStyle.QUOTE ? PdfName.BLOCKQUOTE : PdfName.P, para.spans()));
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
    cell.addElement(
        look.paragraph(
            para.spans(), type, Element.ALIGN_LEFT, inline.spans(PdfName.P, para.spans())));
    box.addCell(cell);
    return box;
  }

  /** A bullet list with a hanging indent. */
  org.openpdf.text.List bullets(BulletList list) {
    Look.Type type = look.type(list.style());
    Font bullet = look.font(type.withColor(look.theme().accent()));
    Tagger.Node l = inline.block(PdfName.L);
    List<List<Span>> items = list.items();
    boolean rtl = look.edition().rightToLeft();
    // OpenPDF sets a list's symbols at the left even when its lines run from the right: there
    // the bullet starts each item's text, so it stands at the right
    org.openpdf.text.List out = new org.openpdf.text.List(false, rtl ? 0 : type.size() * 1.3f);
    if (rtl) {
      out.setIndentationRight(type.size() * 0.5f);
      out.setListSymbol(new Chunk("", bullet));
    } else {
      out.setIndentationLeft(type.size() * 0.5f);
    }
    for (int i = 0; i < items.size(); i++) {
      Tagger.Node li = inline.under(l, PdfName.LI);
      String label = Inline.tag(inline.under(li, PdfName.LBL));
      Tagger.Node body = inline.under(li, PdfName.LBODY);
      boolean last = i == items.size() - 1;
      if (rtl) {
        ListItem item = item(List.of(), type, last, null);
        Chunk symbol = new Chunk("\u2022\u00a0\u00a0", bullet);
        tagWith(symbol, label);
        item.add(symbol);
        look.addSpans(item, items.get(i), type, spanTags(body, items.get(i)));
        out.add(item);
      } else {
        Chunk symbol = new Chunk("\u2022", bullet);
        tagWith(symbol, label);
        ListItem item = item(items.get(i), type, last, body);
        item.setListSymbol(symbol);
        out.add(item);
      }
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
    Tagger.Node l = inline.block(PdfName.L);
    List<Note> all = notes.notes();
    for (int i = 0; i < all.size(); i++) {
      Note note = all.get(i);
      Tagger.Node li = inline.under(l, PdfName.LI);
      Chunk number = look.numeral(look.edition().digits(note.number()) + ".", look.font(type));
      String numberTag = null;
      if (inline.tagged()) {
        Tagger.Node label = inline.under(li, PdfName.LBL);
        // the number leads back to the note's first citation, as a footnote number does in Word
        Tagger.Node back =
            inline.cited(note.number())
                ? inline
                    .tagger()
                    .link(label, Look.citation(note.number()), "Back to citation " + note.number())
                : label;
        numberTag = back.tag();
        number.setGenericTag(numberTag);
      }
      Tagger.Node body = inline.under(li, PdfName.LBODY);
      ListItem item;
      if (rtl) {
        item = item(List.of(), type, i == all.size() - 1, null);
        item.add(number);
        Chunk gap = new Chunk("\u00a0\u00a0", look.font(type));
        tagWith(gap, numberTag);
        item.add(gap);
        look.addSpans(item, note.spans(), type, spanTags(body, note.spans()));
      } else {
        item = item(note.spans(), type, i == all.size() - 1, body);
        item.setListSymbol(number);
      }
      // the note's place, where its citations lead
      ((Chunk) item.getChunks().get(0)).setLocalDestination(Look.note(note.number()));
      out.add(item);
    }
    return out;
  }

  private ListItem item(List<Span> spans, Look.Type type, boolean last, Tagger.Node body) {
    ListItem item = new ListItem(type.leading());
    item.setAlignment(Element.ALIGN_LEFT);
    item.setFont(look.font(type));
    item.setLeading(type.leading(), 0);
    look.addSpans(item, spans, type, spanTags(body, spans));
    item.setSpacingAfter(last ? look.paragraphGap() : type.size() * 0.3f);
    // an item is short: never leave one line of it behind
    item.setKeepTogether(true);
    return item;
  }

  /** The tags of {@code spans} as the content of {@code body}; none when measuring. */
  private java.util.function.IntFunction<String> spanTags(Tagger.Node body, List<Span> spans) {
    return body == null ? i -> null : inline.within(body).own(spans);
  }

  /** A table and its caption. */
  List<Element> table(Table t) {
    return tables.table(t, inline);
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
    Tagger.Node figure = inline.block(PdfName.FIGURE);
    if (figure != null) {
      figure.element().put(PdfName.ALT, new PdfString(f.altText(), PdfObject.TEXT_UNICODE));
      chart.ifPresent(image -> inline.tagger().figure(image, figure));
    }
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
              List<Span> text = List.of(plain(caption));
              under.addElement(
                  look.paragraph(
                      text,
                      look.type(ParaStyle.CAPTION),
                      Element.ALIGN_CENTER,
                      inline.spans(PdfName.P, text)));
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
    Inline outside = inline;
    Tagger.Node div = inline.block(PdfName.DIV);
    if (div != null) {
      inline = inline.within(div);
    }
    c.title()
        .ifPresent(
            title -> {
              Look.Type type =
                  look.type(ParaStyle.BODY).withBold(true).withColor(look.theme().accent());
              org.openpdf.text.Paragraph p =
                  tagAll(look.paragraph(title, type, Element.ALIGN_LEFT), inline.block(PdfName.P));
              p.setSpacingAfter(look.base() * 0.35f);
              cell.addElement(p);
            });
    List<Element> body = new ArrayList<>();
    try {
      for (Block block : c.body()) {
        body.addAll(of(block));
      }
    } finally {
      inline = outside;
    }
    if (!body.isEmpty()) {
      // the box's padding ends it; the last element's own spacing would double it
      noSpaceAfter(body.get(body.size() - 1));
    }
    body.forEach(cell::addElement);
    box.addCell(cell);
    return box;
  }

  private static Span plain(String text) {
    return new Span.Text(text, false, false, Optional.empty());
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
                  tagAll(
                      look.paragraph(
                          series,
                          small.withBold(true).withColor(theme.accent()),
                          Element.ALIGN_LEFT),
                      inline.block(PdfName.P));
              p.setSpacingAfter(look.base() * 0.2f);
              out.add(p);
            });
    Look.Type titleType = look.heading(1).withSize(look.base() * 2.1f, look.base() * 2.1f * 1.15f);
    org.openpdf.text.Paragraph title =
        tagAll(
            look.paragraph(c.title(), titleType, Element.ALIGN_LEFT),
            inline.tagged() ? inline.tagger().title(inline.parentNode()) : null);
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
              org.openpdf.text.Paragraph p =
                  tagAll(
                      look.paragraph(subtitle, type, Element.ALIGN_LEFT), inline.block(PdfName.P));
              p.setSpacingAfter(look.base() * 0.4f);
              out.add(p);
            });
    String line =
        c.audienceLabel().isBlank()
            ? c.dateLine()
            : c.dateLine() + "  \u00b7  " + c.audienceLabel();
    org.openpdf.text.Paragraph meta =
        tagAll(
            look.paragraph(line, small.withColor(theme.muted()), Element.ALIGN_LEFT),
            inline.block(PdfName.P));
    meta.setSpacingBefore(look.base() * 0.2f);
    out.add(meta);
    out.add(look.rule(1.2f, theme.accent(), 100, look.base() * 0.8f, look.base() * 1.4f));
    return out;
  }
}
