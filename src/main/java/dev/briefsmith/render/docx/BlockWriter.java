package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Document;
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
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Span;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.image.Logo;
import dev.briefsmith.render.chart.ChartLayout;
import dev.briefsmith.render.chart.Sketch;
import dev.briefsmith.render.chart.StanceChartPainter;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the blocks of one document into a Word body, in order. One instance per rendering: it
 * numbers bookmarks and pictures as it goes, so ids are sequential and the output reproducible.
 */
final class BlockWriter {
  /** Charts are rasterised this sharp: print quality at their printed size. */
  static final int CHART_DPI = 220;

  /** The most of a page's text height a chart may take, as in the PDF. */
  private static final float MAX_FIGURE_SHARE = 0.85f;

  /** Where blocks go: the document body or a table cell. */
  record Body(Element container) {
    Element paragraph() {
      return container.add("w:p");
    }

    Element table() {
      return container.add("w:tbl");
    }
  }

  private final WordPackage word;
  private final Document doc;
  private final Theme theme;
  private final double base;
  private final StyleSheet sheet;
  private final StanceChartPainter charts;
  private final ChartDrawing drawing;
  private final TableWriter tables;
  private final Runs runs;
  private final Set<Integer> notes = new HashSet<>();

  /** Notes whose first citation has its bookmark, where the note's number links back to. */
  private final Set<Integer> citations = new HashSet<>();

  private final Set<String> bookmarks = new HashSet<>();
  private int nextBookmarkId;
  private long drawings;
  private boolean breakBeforeNext;
  private boolean afterTable;

  private final Map<String, String> headingBookmarks = new HashMap<>();
  private final Set<String> writtenHeadings = new HashSet<>();
  private final Map<String, Integer> pages;

  /**
   * A writer for {@code doc}; a table of contents is pre-filled with the page numbers in {@code
   * pages} (heading anchor to printed page), which Word and LibreOffice refresh when they update
   * it.
   */
  BlockWriter(
      WordPackage word,
      Document doc,
      StyleSheet sheet,
      StanceChartPainter charts,
      ChartDrawing drawing,
      Runs runs,
      Map<String, Integer> pages) {
    this.word = word;
    this.pages = Map.copyOf(pages);
    this.doc = doc;
    this.theme = doc.theme();
    this.base = theme.baseSizePt();
    this.sheet = sheet;
    this.charts = charts;
    this.drawing = drawing;
    this.runs = runs;
    this.tables = new TableWriter(this, theme);
    for (Block b : doc.blocks()) {
      if (b instanceof NoteList list) {
        list.notes().forEach(n -> notes.add(n.number()));
      }
    }
    nameHeadings(doc.blocks());
  }

  /** Bookmark names for every heading, before any is written: a contents table links to them. */
  private void nameHeadings(List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        headingBookmarks.computeIfAbsent(h.anchor(), this::bookmarkName);
      } else if (b instanceof Callout c) {
        nameHeadings(c.body());
      }
    }
  }

  /** Writes the document's blocks into {@code body}. */
  void writeDocument(Element body) throws IOException {
    write(doc.blocks(), new Body(body), PageFrame.textWidth(doc.page()));
    // A page break after the last block would only add a blank page: it is dropped.
    breakBeforeNext = false;
  }

  /** Writes blocks into a body {@code width} twips wide. */
  void write(List<Block> blocks, Body body, int width) throws IOException {
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      switch (block) {
        case Cover c -> cover(c, body, width);
        case Heading h -> heading(h, body);
        case Paragraph p -> paragraph(p, next, body);
        case BulletList l -> bullets(l, body);
        case NoteList n -> notes(n, body);
        case Document.Table t -> {
          tables.table(t, body, width);
          afterTable = true;
        }
        case Figure f -> figure(f, body, width);
        case Callout c -> {
          tables.callout(c, body, width);
          afterTable = true;
        }
        case Contents c -> contents(c, body, width);
        case PageBreak pb -> breakBeforeNext = true;
      }
    }
  }

  /**
   * A new paragraph in {@code style}. A pending page break becomes "page break before" on it, and a
   * paragraph right after a table gets the space a table does not leave below itself.
   */
  Element paragraph(Body body, String style) {
    Element p = body.paragraph();
    Element pPr = p.add("w:pPr");
    if (!StyleSheet.NORMAL.equals(style)) {
      pPr.add("w:pStyle").attr("w:val", style);
    }
    if (rightToLeft()) {
      pPr.add("w:bidi");
    }
    if (breakBeforeNext) {
      pPr.add("w:pageBreakBefore");
      breakBeforeNext = false;
    }
    if (afterTable) {
      if (!style.startsWith("Heading")) {
        Props.spaceBefore(pPr, base * 0.9);
      }
      afterTable = false;
    }
    return p;
  }

  /**
   * Whether the edition reads right to left: every paragraph and table is laid out from the right.
   */
  boolean rightToLeft() {
    return doc.edition().rightToLeft();
  }

  /**
   * Before a table: a pending page break cannot sit on a table, so it gets a paragraph of its own.
   */
  void beforeTable(Body body) {
    if (breakBeforeNext) {
      Element p = body.paragraph();
      Props.spacing(p.add("w:pPr"), 0, 0, 1.0);
      Runs.pageBreak(p);
      breakBeforeNext = false;
    }
    afterTable = false;
  }

  /** How runs are written in this document. */
  Runs runs() {
    return runs;
  }

  /** Writes spans into a paragraph, on top of {@code format}. */
  void spans(Element p, List<Span> spans, RunFormat format) {
    for (Span span : spans) {
      switch (span) {
        case Span.Text t ->
            runs.text(
                p,
                t.text(),
                format
                    .bold(t.bold() || format.isBold())
                    .italic(t.italic() || format.isItalic())
                    .color(t.color())
                    .language(t.language()));
        case Span.NoteRef ref -> noteRef(p, ref, format);
      }
    }
  }

  private void noteRef(Element p, Span.NoteRef ref, RunFormat format) {
    RunFormat f = format.style(StyleSheet.NOTE_REFERENCE);
    int number = ref.number();
    if (!ref.separator().isEmpty()) {
      // outside the link: the separator belongs to no note
      runs.text(p, ref.separator(), f);
    }
    if (notes.contains(number)) {
      // Clicking the number jumps to the note; the first citation is where the note leads back.
      Integer id =
          citations.add(number)
              ? Runs.bookmarkStart(p, nextBookmarkId++, citationAnchor(number))
              : null;
      Element link = p.add("w:hyperlink").attr("w:anchor", noteAnchor(number));
      runs.run(link, doc.edition().digits(number), f);
      if (id != null) {
        Runs.bookmarkEnd(p, id);
      }
    } else {
      runs.text(p, doc.edition().digits(number), f);
    }
  }

  private static String noteAnchor(int number) {
    return "note_" + number;
  }

  private static String citationAnchor(int number) {
    return "cite_" + number;
  }

  private void cover(Cover c, Body body, int width) throws IOException {
    RunFormat plain = RunFormat.PLAIN;
    boolean full = c.fullPage();
    boolean first = true;
    if (theme.logo().isPresent()) {
      Logo logo = theme.logo().get();
      double wPt = theme.logoWidthMm() * 72 / 25.4;
      double hPt = wPt * logo.aspect();
      Element p = paragraph(body, StyleSheet.NORMAL);
      Props.spacing(p.child("w:pPr"), 0, base * (full ? 3 : 1), 1.0);
      picture(p, logo.png(), wPt, hPt, Optional.empty(), "Logo");
    }
    if (c.series().isPresent()) {
      Element p = paragraph(body, StyleSheet.COVER_SERIES);
      coverSpace(p, full, first);
      first = false;
      runs.text(p, c.series().get(), plain);
    }
    Element title = paragraph(body, StyleSheet.TITLE);
    coverSpace(title, full, first);
    runs.text(title, c.title(), plain);
    if (c.subtitle().isPresent()) {
      runs.text(paragraph(body, StyleSheet.SUBTITLE), c.subtitle().get(), plain);
    }
    Element date = paragraph(body, StyleSheet.COVER_META);
    Element datePr = date.child("w:pPr");
    Props.line(datePr.add("w:pBdr").add("w:top"), 0.75, theme.accent(), 8);
    Props.spaceBefore(datePr, base * (full ? 1.8 : 0.6));
    runs.text(date, c.dateLine(), plain);
    if (full) {
      runs.text(paragraph(body, StyleSheet.COVER_META), c.audienceLabel(), plain.bold(true));
    } else {
      Props.tab(datePr, "right", width);
      runs.tab(date, plain);
      runs.text(date, c.audienceLabel(), plain.bold(true));
    }
    Element last = date;
    // One author per line: affiliations carry commas of their own.
    for (String author : c.authors()) {
      last = paragraph(body, StyleSheet.COVER_META);
      runs.text(last, author, plain);
    }
    if (c.note().isPresent()) {
      last = paragraph(body, StyleSheet.COVER_NOTE);
      if (full) {
        Props.spaceBefore(last.child("w:pPr"), base * 6);
      }
      runs.text(last, c.note().get(), plain);
    }
    if (full) {
      breakBeforeNext = true;
    } else {
      // Air between the masthead and the brief; the first heading brings its own rule.
      Props.spaceAfter(last.child("w:pPr"), base * 1.4);
    }
  }

  private void coverSpace(Element p, boolean full, boolean first) {
    if (full && first) {
      // Sets the title block a quarter of the way down the cover.
      Props.spaceBefore(p.child("w:pPr"), Units.pt(PageFrame.textHeight(doc.page())) * 0.22);
    }
  }

  private void heading(Heading h, Body body) {
    Element p = paragraph(body, StyleSheet.heading(h.level()));
    // The first heading with an anchor takes the name contents entries link to; a repeat gets
    // its own.
    String name = headingBookmarks.get(h.anchor());
    if (!writtenHeadings.add(name)) {
      name = bookmarkName(h.anchor());
    }
    int id = Runs.bookmarkStart(p, nextBookmarkId++, name);
    runs.text(p, h.text(), RunFormat.PLAIN);
    Runs.bookmarkEnd(p, id);
  }

  /**
   * A table of contents as Word makes one: a TOC field over entry paragraphs (styles "toc 1" and
   * "toc 2"), each with a dotted tab and a PAGEREF field to its heading's bookmark, the results
   * pre-filled so the table is right before any update.
   */
  private void contents(Contents c, Body body, int width) {
    List<ContentsEntry> entries = c.entries();
    for (int i = 0; i < entries.size(); i++) {
      ContentsEntry e = entries.get(i);
      Element p = paragraph(body, e.level() == 1 ? StyleSheet.TOC1 : StyleSheet.TOC2);
      p.child("w:pPr")
          .getOrAdd("w:tabs")
          .add("w:tab")
          .attr("w:val", "right")
          .attr("w:leader", "dot")
          .attr("w:pos", width);
      if (i == 0) {
        runs.fieldStart(p, "TOC \\o \"1-2\" \\h \\z \\u", RunFormat.PLAIN);
      }
      String bookmark = headingBookmarks.get(e.anchor());
      runs.text(p, e.text(), RunFormat.PLAIN);
      runs.tab(p, RunFormat.PLAIN);
      Integer page = pages.get(e.anchor());
      runs.field(
          p,
          "PAGEREF " + bookmark + " \\h",
          page == null ? "" : doc.edition().digits(page),
          RunFormat.PLAIN);
      if (i == entries.size() - 1) {
        runs.fieldEnd(p, RunFormat.PLAIN);
      }
    }
  }

  /**
   * A bookmark name Word accepts (a letter first, then letters, digits and underscores, at most 40
   * characters) and unique in the document; a valid anchor is kept as it is.
   */
  private String bookmarkName(String anchor) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < anchor.length(); i++) {
      char c = anchor.charAt(i);
      b.append(Character.isLetterOrDigit(c) || c == '_' ? c : '_');
    }
    if (b.isEmpty() || !Character.isLetter(b.charAt(0))) {
      b.insert(0, 'h');
    }
    String name = b.length() > 40 ? b.substring(0, 40) : b.toString();
    String unique = name;
    for (int n = 2; !bookmarks.add(unique); n++) {
      String suffix = "_" + n;
      unique = name.substring(0, Math.min(name.length(), 40 - suffix.length())) + suffix;
    }
    return unique;
  }

  private void paragraph(Paragraph para, Block next, Body body) {
    Element p = paragraph(body, StyleSheet.paragraphStyle(para.style()));
    Element pPr = p.child("w:pPr");
    if (para.style() == ParaStyle.QUOTE
        && next instanceof Paragraph n
        && n.style() == ParaStyle.ATTRIBUTION) {
      pPr.add("w:keepNext");
    }
    if (dev.briefsmith.render.Direction.rightToLeft(para) && !pPr.has("w:bidi")) {
      // a paragraph that reads right to left (a Persian quotation): Word lays it out from the right
      pPr.add("w:bidi");
    }
    spans(p, para.spans(), RunFormat.PLAIN);
  }

  private void bullets(BulletList list, Body body) {
    String style =
        list.style() == ParaStyle.BODY
            ? StyleSheet.LIST_BULLET
            : StyleSheet.paragraphStyle(list.style());
    for (int i = 0; i < list.items().size(); i++) {
      Element p = paragraph(body, style);
      // Numbered here as well as in the style, so a reference style without numbering keeps
      // bullets.
      Element numPr = p.child("w:pPr").add("w:numPr");
      numPr.add("w:ilvl").attr("w:val", 0);
      numPr.add("w:numId").attr("w:val", StyleSheet.BULLET_NUM_ID.toString());
      if (i == list.items().size() - 1) {
        Props.spaceAfter(p.child("w:pPr"), sheet.bodyAfterPt());
      }
      spans(p, list.items().get(i), RunFormat.PLAIN);
    }
  }

  private void notes(NoteList list, Body body) {
    Set<Integer> seen = new HashSet<>();
    for (Note note : list.notes()) {
      Element p = paragraph(body, StyleSheet.ENDNOTE_LIST);
      String number = doc.edition().digits(note.number()) + ".";
      if (seen.add(note.number())) {
        int id = Runs.bookmarkStart(p, nextBookmarkId++, noteAnchor(note.number()));
        if (citations.contains(note.number())) {
          // the number leads back to the note's first citation, as a Word endnote's does
          Element back = p.add("w:hyperlink").attr("w:anchor", citationAnchor(note.number()));
          runs.run(back, number, RunFormat.PLAIN);
        } else {
          runs.text(p, number, RunFormat.PLAIN);
        }
        Runs.bookmarkEnd(p, id);
      } else {
        runs.text(p, number, RunFormat.PLAIN);
      }
      runs.tab(p, RunFormat.PLAIN);
      spans(p, note.spans(), RunFormat.PLAIN);
    }
  }

  private void figure(Figure f, Body body, int width) throws IOException {
    float fraction = Math.max(0.1f, Math.min(1f, f.widthFraction()));
    // across the page: the PDF's width, not the twips' (which round it), so that both formats
    // share one layout and drawing of the chart; inside a box, the box's
    float wPt =
        width == PageFrame.textWidth(doc.page())
            ? doc.page().textWidthPt() * fraction
            : (float) Units.pt(width) * fraction;
    ChartLayout layout =
        charts.layout(f.chart(), wPt, f.aspect(), theme.bodyFont(), theme.baseSizePt());
    // as in the PDF: a chart taller than most of a page shrinks as a whole, keeping proportions
    float scale =
        layout.scaleToFit((float) Units.pt(PageFrame.textHeight(doc.page())) * MAX_FIGURE_SHARE);
    double printedW = layout.widthPt() * scale;
    double hPt = layout.heightPt() * scale;
    Element p = paragraph(body, StyleSheet.NORMAL);
    Element pPr = p.child("w:pPr");
    Props.align(pPr, "center");
    Props.spacing(pPr, base * 0.6, base * 0.2, 1.0);
    if (f.caption().isPresent()) {
      pPr.add("w:keepNext");
    }
    String title = f.caption().orElse(f.altText());
    Optional<Sketch> sketch =
        charts.sketch(f.chart(), layout, scale, theme.bodyFont(), theme.baseSizePt());
    if (sketch.isPresent()) {
      word.declareDrawings();
      drawing.add(p, sketch.get(), ++drawings, Runs.xmlSafe(title), Runs.xmlSafe(f.altText()));
    } else {
      byte[] png =
          charts.png(f.chart(), layout, scale, CHART_DPI, theme.bodyFont(), theme.baseSizePt());
      picture(p, png, printedW, hPt, Optional.of(f.altText()), title);
    }
    if (f.caption().isPresent()) {
      Element caption = paragraph(body, StyleSheet.CAPTION);
      Props.align(caption.child("w:pPr"), "center");
      runs.text(caption, f.caption().get(), RunFormat.PLAIN);
    }
  }

  /**
   * An inline picture.
   *
   * @param alt the alternative text, or empty for a decorative picture (marked so, which tells
   *     screen readers to skip it and accessibility checkers that it needs no text)
   */
  private void picture(
      Element p, byte[] png, double wPt, double hPt, Optional<String> alt, String title)
      throws IOException {
    // Drawing ids must be unique in the document; count them here.
    long id = ++drawings;
    Pictures.add(
        word,
        p,
        png,
        Units.emu(wPt),
        Units.emu(hPt),
        id,
        Runs.xmlSafe(title),
        alt.map(Runs::xmlSafe));
  }
}
