package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.NoteList;
import dev.briefsmith.compose.Document.PageBreak;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Metadata;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.image.Logo;
import dev.briefsmith.render.Direction;
import dev.briefsmith.render.RenderException;
import dev.briefsmith.render.chart.ChartLayout;
import dev.briefsmith.render.chart.Sketch;
import dev.briefsmith.render.chart.StanceChartPainter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One rendering of one document: sets up the writer and its metadata, places the blocks in reading
 * order with the page-break rules (headings stay with what follows, no widows or orphans, figures
 * and quotations stay whole), then makes the output reproducible. Used once.
 */
final class PdfLayout {
  /**
   * Deflate's level for every stream of the file, the embedded fonts' included ({@link
   * EmbeddedFonts} sets it on each font, whose subsets OpenPDF otherwise deflates at level 6).
   */
  static final int COMPRESSION = 3;

  private final Document doc;
  private final EmbeddedFonts fonts;
  private final StanceChartPainter painter;

  private Flow flow;
  private boolean coverUnnumbered;

  /** The heading pages a simulated layout found; null when the layout writes. */
  private Map<String, Integer> simulated;

  private BlockElements real;
  private BlockElements draft;
  private Look look;

  private final Map<String, Integer> contentsPages;
  private final Measures measures;

  /**
   * A rendering; {@code contentsPages} gives the page numbers a table of contents prints (from an
   * earlier pass: the layout after the contents does not depend on them); {@code measures} keeps
   * the document's block heights for this pass and the next.
   */
  PdfLayout(
      EmbeddedFonts fonts,
      StanceChartPainter painter,
      Document doc,
      Map<String, Integer> contentsPages,
      Measures measures) {
    this.fonts = fonts;
    this.measures = measures;
    this.painter = painter;
    this.doc = doc;
    this.contentsPages = Map.copyOf(contentsPages);
  }

  /** The file. */
  RenderedPdf render() {
    try (PdfFonts used = new PdfFonts(fonts, seed(doc.metadata()))) {
      return render(used, false);
    }
  }

  /**
   * Each heading's anchor and printed page number, in document order, without the file: the layout
   * stops after the last heading, and charts are only measured (their boxes have a fixed height).
   */
  Map<String, Integer> headingPages() {
    try (PdfFonts used = new PdfFonts(fonts, seed(doc.metadata()))) {
      return render(used, true).headingPages();
    }
  }

  private RenderedPdf render(PdfFonts used, boolean pagesOnly) {
    Metadata meta = doc.metadata();
    PageSetup page = doc.page();
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    org.openpdf.text.Document pdf =
        new org.openpdf.text.Document(
            new Rectangle(page.size().widthPt(), page.size().heightPt()),
            PageSetup.pt(page.leftMm()),
            PageSetup.pt(page.rightMm()),
            PageSetup.pt(page.topMm()),
            PageSetup.pt(page.bottomMm()));
    PdfWriter writer = PdfWriter.getInstance(pdf, out);
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    // object streams and a cross-reference stream (PDF 1.5+): about 5% smaller
    writer.setFullCompression();
    // Deflate at its default level was about a fifth of a PDF's CPU (content, font subsets and
    // object streams); level 3 takes about half that for files 5-7% larger (docs/performance.md)
    writer.setCompressionLevel(COMPRESSION);
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);

    look = new Look(doc.theme(), used, doc.edition(), Bidi.needed(doc));
    boolean fullCover =
        !doc.blocks().isEmpty() && doc.blocks().get(0) instanceof Cover c && c.fullPage();
    coverUnnumbered = fullCover && doc.furniture().coverUnnumbered();
    PageFurniture furniture =
        new PageFurniture(doc.furniture(), doc.edition(), look, coverUnnumbered);
    registerHeadings(doc.blocks(), furniture);
    writer.setPageEvent(furniture);

    PdfA.beforeOpen(pdf, writer, meta);

    pdf.open();
    // page 1 exists even if no block puts anything on it
    writer.setPageEmpty(false);
    Tagger tagger =
        new Tagger(
            writer,
            meta.language(),
            look.edition().rightToLeft(),
            (anchor, rect) -> furniture.placed(writer, pdf.left(), anchor, rect));
    writer.setPageEvent(tagger);
    // headings in a box are found as the tagger meets them, so only a written layout finds them
    boolean simulate =
        pagesOnly
            && doc.blocks().stream()
                .noneMatch(b -> b instanceof Callout c && lastWithHeadings(c.body()) >= 0);
    simulated = simulate ? new java.util.LinkedHashMap<>() : null;
    flow = new Flow(pdf, writer, new TaggedCanvas(writer, tagger), look.runDirection(), simulate);
    float maxFigureHeight = flow.pageHeight() * 0.85f;
    Set<Integer> notes = Notes.listed(doc.blocks());
    Set<Integer> cited = Notes.cited(doc.blocks());
    real =
        new BlockElements(
            look,
            charts(pagesOnly ? null : writer),
            flow.width(),
            maxFigureHeight,
            contentsPages,
            new Inline(simulate ? null : tagger, null, notes, cited));
    draft =
        new BlockElements(
            look,
            charts(null),
            flow.width(),
            maxFigureHeight,
            contentsPages,
            new Inline(null, null, notes, cited));

    if (pagesOnly) {
      // the rules that keep a heading with what follows look ahead into the rest
      place(doc.blocks(), lastWithHeadings(doc.blocks()) + 1);
      flow.flush();
      // abandoned unwritten: only the heading pages were wanted
      return new RenderedPdf(
          new byte[0],
          simulate ? flow.page() : furniture.pages(),
          simulate ? simulated : furniture.headingPages());
    }
    place(doc.blocks(), doc.blocks().size());

    // OpenPDF drops a trailing empty page, but never the first
    int pages = furniture.pages() + (flow.fresh() && furniture.pages() > 0 ? 0 : 1);
    if (coverUnnumbered) {
      PdfPageLabels labels = new PdfPageLabels();
      labels.addPageLabel(1, PdfPageLabels.EMPTY, doc.edition().coverPage());
      if (pages > 1) {
        labels.addPageLabel(2, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
      }
      writer.setPageLabels(labels);
    }
    flow.flush();
    PdfA.beforeClose(writer, meta);
    pdf.close();
    if (furniture.pages() != pages) {
      throw new RenderException(
          "expected " + pages + " pages but OpenPDF wrote " + furniture.pages());
    }
    ContentId.Identified file = ContentId.apply(out.toByteArray());
    return new RenderedPdf(file.pdf(), file.sha256(), furniture.pages(), furniture.headingPages());
  }

  /** Places the blocks before {@code end}. */
  private void place(List<Block> blocks, int end) {
    for (int i = 0; i < end; i++) {
      Block block = blocks.get(i);
      boolean quoted = quoteWithAttribution(blocks, i);
      switch (block) {
        case Cover c when c.fullPage() -> fullCover(c);
        case Heading h -> {
          // the heading with its spacing after, then the opening of the next block
          float need = headingExtent(h) + after(blocks, i + 1);
          flow.keep(Math.min(need, flow.pageHeight()));
          int at = flow.add(real.heading(h));
          if (simulated != null && at > 0) {
            simulated.putIfAbsent(h.anchor(), at - (coverUnnumbered ? 1 : 0));
          }
        }
        case Paragraph p when quoted -> {
          Paragraph attribution = (Paragraph) blocks.get(i + 1);
          flow.keep(withAttribution(p, attribution));
          flow.add(real.paragraph(p, true));
          flow.add(real.paragraph(attribution, false));
          i++;
        }
        case Paragraph p -> paragraph(p);
        case Figure f -> {
          flow.keep(whole(f));
          flow.add(real.figure(f));
        }
        case PageBreak b -> flow.newPage();
        default -> flow.addAll(real.of(block));
      }
    }
  }

  /** Places a paragraph so that no page ends with its first line or starts with its last. */
  private void paragraph(Paragraph para) {
    // a simulated layout tags nothing: the measured draft is the paragraph it places
    Element element = simulated != null ? draftOf(para) : real.paragraph(para, false);
    if (para.style() == ParaStyle.LEAD || flow.fresh() || Direction.rightToLeft(para)) {
      flow.keep(whole(para));
      flow.add(element);
      return;
    }
    int fit = flow.linesThatFit(draftText(para), flow.bottom());
    if (fit < 0) {
      flow.add(element);
      return;
    }
    int total = lines(para);
    if (fit <= 1 || (total - fit == 1 && fit - 1 < 2)) {
      flow.newPage();
      flow.add(element);
      return;
    }
    if (total - fit == 1) {
      // carry one more line over, so the last page of the paragraph gets two
      float leading = look.type(para.style()).leading();
      for (float floor = flow.bottom() + leading * 0.5f;
          floor <= flow.bottom() + leading * 2.5f;
          floor += leading * 0.25f) {
        if (flow.linesThatFit(draftText(para), floor) == fit - 1) {
          flow.add(element, floor);
          return;
        }
      }
    }
    flow.add(element);
  }

  private org.openpdf.text.Paragraph draftText(Paragraph para) {
    return (org.openpdf.text.Paragraph) draftOf(para);
  }

  private Element draftOf(Paragraph para) {
    return measures.draft(para, () -> draft.paragraph(para, false));
  }

  private float headingExtent(Heading h) {
    return measures.height(Measures.Kind.EXTENT, h, () -> flow.extent(List.of(draft.heading(h))));
  }

  private float withAttribution(Paragraph quote, Paragraph attribution) {
    return measures.height(
        Measures.Kind.WITH_ATTRIBUTION,
        quote,
        () ->
            flow.measure(
                List.of(draft.paragraph(quote, true), draft.paragraph(attribution, false))));
  }

  private float whole(Paragraph p) {
    return measures.height(Measures.Kind.WHOLE, p, () -> flow.measure(List.of(draftOf(p))));
  }

  private float whole(Figure f) {
    return measures.height(Measures.Kind.WHOLE, f, () -> flow.measure(List.of(draft.figure(f))));
  }

  private int lines(Paragraph p) {
    return measures.lines(p, () -> flow.lines(draftText(p)));
  }

  private float opening(Block block, Supplier<Float> measure) {
    return measures.height(Measures.Kind.OPENING, block, measure);
  }

  /** The height that must follow a heading on its page: the opening of the next block. */
  private float after(List<Block> blocks, int i) {
    if (i >= blocks.size()) {
      return 0;
    }
    Block block = blocks.get(i);
    return switch (block) {
      case Heading h -> headingExtent(h) + after(blocks, i + 1);
      case Paragraph p when quoteWithAttribution(blocks, i) ->
          withAttribution(p, (Paragraph) blocks.get(i + 1));
      case Paragraph p when p.style() == ParaStyle.LEAD || Direction.rightToLeft(p) -> whole(p);
      // the paragraph rules accept two lines of a longer paragraph; a short one moves whole
      case Paragraph p ->
          lines(p) <= 3
              ? whole(p)
              : draftText(p).getSpacingBefore() + 2 * look.type(p.style()).leading();
      case BulletList l when !l.items().isEmpty() ->
          opening(
              l,
              () ->
                  flow.measure(
                      List.of(draft.bullets(new BulletList(l.items().subList(0, 1), l.style())))));
      case NoteList n when !n.notes().isEmpty() ->
          opening(
              n, () -> flow.measure(List.of(draft.notes(new NoteList(n.notes().subList(0, 1))))));
      case Table t -> opening(t, () -> tableOpening(t));
      case Figure f -> whole(f);
      case Callout c -> opening(c, () -> flow.measure(List.of(draft.callout(c))));
      default -> 0;
    };
  }

  /** The height of a table's header and first two rows. */
  private float tableOpening(Table t) {
    Table opening =
        new Table(
            t.columnWeights(),
            t.header(),
            // two rows, not one: a single row alone at the foot of a page reads as the table
            t.body().subList(0, Math.min(2, t.body().size())),
            t.style(),
            t.keepRowsTogether(),
            t.fontScale(),
            Optional.empty());
    return flow.measure(draft.table(opening));
  }

  private static boolean quoteWithAttribution(List<Block> blocks, int i) {
    return blocks.get(i) instanceof Paragraph p
        && p.style() == ParaStyle.QUOTE
        && i + 1 < blocks.size()
        && blocks.get(i + 1) instanceof Paragraph next
        && next.style() == ParaStyle.ATTRIBUTION;
  }

  /**
   * A cover on a page of its own: the title block a third of the way down, the note at the foot.
   */
  private void fullCover(Cover c) {
    flow.newPage();
    Theme theme = look.theme();
    float base = look.base();
    theme.logo().ifPresent(l -> flow.add(logo(l, PageSetup.pt(theme.logoWidthMm()))));
    float titleTop = flow.bottom() + flow.pageHeight() * 0.68f;
    if (flow.y() > titleTop) {
      flow.skip(flow.y() - titleTop);
    }
    Look.Type body = look.type(ParaStyle.BODY);
    Inline inline = real.inline();
    // a strong accent bar opens the title block
    flow.add(look.rule(3.5f, theme.accent(), 100, 0, base * 0.9f));
    c.series()
        .ifPresent(
            series -> {
              org.openpdf.text.Paragraph p =
                  look.paragraph(
                      series,
                      body.withBold(true)
                          .withColor(theme.accent())
                          .withSize(base * 1.05f, base * 1.4f),
                      Element.ALIGN_LEFT);
              for (Element e : p.getChunks()) {
                ((Chunk) e).setCharacterSpacing(base * 0.06f);
              }
              p.setSpacingAfter(base * 0.5f);
              flow.add(BlockElements.tagAll(p, inline.block(PdfName.P)));
            });
    float titleSize = base * 2.7f;
    flow.add(
        BlockElements.tagAll(
            look.paragraph(
                c.title(),
                look.heading(1).withSize(titleSize, titleSize * 1.12f),
                Element.ALIGN_LEFT),
            inline.tagged() ? inline.tagger().title(null) : null));
    c.subtitle()
        .ifPresent(
            subtitle -> {
              float size = base * 1.45f;
              org.openpdf.text.Paragraph p =
                  look.paragraph(
                      subtitle,
                      new Look.Type(
                          theme.headingFont(), size, size * 1.25f, false, false, theme.text()),
                      Element.ALIGN_LEFT);
              p.setSpacingBefore(base * 0.8f);
              flow.add(BlockElements.tagAll(p, inline.block(PdfName.P)));
            });
    flow.add(look.rule(0.75f, theme.rule(), 100, base * 2.2f, base * 1.4f));
    // the date line, then the audience: the order of the Word cover and of the masthead
    List<org.openpdf.text.Paragraph> lines =
        new ArrayList<>(List.of(look.paragraph(c.dateLine(), body, Element.ALIGN_LEFT)));
    if (!c.audienceLabel().isBlank()) {
      lines.add(
          look.paragraph(
              c.audienceLabel(),
              body.withBold(true).withColor(theme.accent()).withSize(base * 1.1f, base * 1.5f),
              Element.ALIGN_LEFT));
    }
    lines.get(lines.size() - 1).setSpacingAfter(base * 0.8f);
    lines.forEach(p -> flow.add(BlockElements.tagAll(p, inline.block(PdfName.P))));
    for (String author : c.authors()) {
      flow.add(
          BlockElements.tagAll(
              look.paragraph(author, body, Element.ALIGN_LEFT), inline.block(PdfName.P)));
    }
    c.note()
        .ifPresent(
            note -> {
              List<Element> foot =
                  List.of(
                      look.rule(0.5f, theme.rule(), 100, 0, base * 0.6f),
                      look.paragraph(
                          note,
                          look.type(ParaStyle.SMALL).withColor(theme.muted()),
                          Element.ALIGN_LEFT));
              float height = flow.measure(foot);
              BlockElements.tagAll(
                  (org.openpdf.text.Paragraph) foot.get(1), inline.block(PdfName.P));
              if (flow.space() > height + Flow.SLACK) {
                flow.skip(flow.space() - height - Flow.SLACK);
              }
              flow.addAll(foot);
            });
    flow.markUsed();
    flow.newPage();
  }

  private static PdfPTable logo(Logo logo, float width) {
    try {
      // Prepared when the template loaded (opaque, so PDF/A accepts it): its compressed PNG data
      // goes in as it is, with the PNG predictors; Image.getInstance(png) would decode it anew.
      Image image = Image.getInstance(logo.widthPx(), logo.heightPx(), 3, 8, logo.idat());
      image.setDeflated(true);
      PdfDictionary predictor = new PdfDictionary();
      predictor.put(PdfName.PREDICTOR, new PdfNumber(15));
      predictor.put(PdfName.COLORS, new PdfNumber(3));
      predictor.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
      predictor.put(PdfName.COLUMNS, new PdfNumber(logo.widthPx()));
      PdfDictionary additional = new PdfDictionary();
      additional.put(PdfName.DECODEPARMS, predictor);
      image.setAdditional(additional);
      image.scaleAbsolute(width, (float) (width * logo.aspect()));
      image.setWidthPercentage(0);
      image.setAlignment(Image.LEFT);
      PdfPTable box = new PdfPTable(1);
      box.setRunDirection(org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_LTR);
      box.setTotalWidth(width);
      box.setLockedWidth(true);
      box.setHorizontalAlignment(Element.ALIGN_LEFT);
      org.openpdf.text.pdf.PdfPCell cell = new org.openpdf.text.pdf.PdfPCell(image, true);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPadding(0);
      box.addCell(cell);
      return box;
    } catch (RuntimeException e) {
      throw new RenderException("the theme's logo cannot be embedded", e);
    }
  }

  /** Charts drawn into {@code writer}, or, without one, only measured. */
  private BlockElements.Charts charts(PdfWriter writer) {
    return new BlockElements.Charts() {
      @Override
      public ChartLayout layout(Figure figure, float widthPt) {
        // remembered by the painter, for every document and format that shows the chart
        return painter.layout(
            figure.chart(),
            widthPt,
            figure.aspect(),
            doc.theme().bodyFont(),
            doc.theme().baseSizePt());
      }

      @Override
      public Optional<Image> draw(
          Figure figure, ChartLayout layout, float widthPt, float heightPt) {
        return writer == null ? Optional.empty() : chart(writer, figure, layout, widthPt, heightPt);
      }
    };
  }

  /**
   * A right-to-left chart as an image, as sharp as Word's: the PDF's vector graphics lay each label
   * out left to right, unshaped, so Persian labels would print reversed and unjoined.
   */
  private Optional<Image> rasterChart(
      Figure figure, ChartLayout layout, float width, float height) {
    byte[] png =
        painter.png(
            figure.chart(),
            layout,
            width / layout.widthPt(),
            220,
            doc.theme().bodyFont(),
            doc.theme().baseSizePt());
    try {
      Image image = Image.getInstance(png);
      image.scaleAbsolute(width, height);
      return Optional.of(image);
    } catch (java.io.IOException | RuntimeException e) {
      throw new RenderException("the stance chart cannot be embedded", e);
    }
  }

  /** The chart as vector graphics; its text becomes outlines, so it needs no font. */
  private Optional<Image> chart(
      PdfWriter writer, Figure figure, ChartLayout layout, float width, float height) {
    if (figure.chart().rightToLeft()) {
      return rasterChart(figure, layout, width, height);
    }
    // untagged inside: the figure element marks the drawing of the whole template on the page
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    // the marks Word draws too, remembered by the painter for every audience that shows the chart
    Optional<Sketch> sketch =
        painter.sketch(
            figure.chart(),
            layout,
            width / layout.widthPt(),
            doc.theme().bodyFont(),
            doc.theme().baseSizePt());
    if (sketch.isPresent()) {
      SketchDrawing.draw(sketch.get(), template);
      return Optional.of(Image.getInstance(template));
    }
    // labels in the Arabic script: drawn through PdfGraphics2D, whose text layout shapes them
    Graphics2D g = template.createGraphicsShapes(width, height);
    try {
      painter.paint(
          figure.chart(),
          layout,
          g,
          new Rectangle2D.Double(0, 0, width, height),
          doc.theme().bodyFont(),
          doc.theme().baseSizePt());
    } finally {
      g.dispose();
    }
    Image image = Image.getInstance(template);
    return Optional.of(image);
  }

  /** The index of the last block that is or holds a heading; -1 if none does. */
  private static int lastWithHeadings(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (blocks.get(i) instanceof Heading
          || (blocks.get(i) instanceof Callout c && lastWithHeadings(c.body()) >= 0)) {
        return i;
      }
    }
    return -1;
  }

  private static void registerHeadings(List<Block> blocks, PageFurniture furniture) {
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        furniture.outline(h);
      } else if (block instanceof Callout c) {
        registerHeadings(c.body(), furniture);
      }
    }
  }

  /** A seed for the font subset tags: the same for the same brief and audience. */
  private static long seed(Metadata meta) {
    String key = meta.title() + '\n' + meta.audience() + '\n' + meta.created();
    return ByteBuffer.wrap(ContentId.sha256().digest(key.getBytes(StandardCharsets.UTF_8)))
        .getLong();
  }
}
