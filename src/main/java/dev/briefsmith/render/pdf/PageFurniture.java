package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Edition;
import dev.briefsmith.compose.Furniture;
import dev.briefsmith.compose.Rgb;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries: the banner and header text above the text area, the footer text and
 * "Page X of Y" below it (Y is known only at the end, so each page number is a template filled in
 * then), and the outline entry of each heading as it is placed. Used by one rendering only.
 */
final class PageFurniture extends PdfPageEventHelper {
  private static final PdfName ARTIFACT = new PdfName("Artifact");

  private final Furniture furniture;
  private final Edition edition;
  private final Look look;
  private final boolean coverUnnumbered;
  private final Map<String, Heading> headings = new HashMap<>();
  private final Set<String> outlined = new HashSet<>();
  private final PdfOutline[] lastAtLevel = new PdfOutline[4];
  private final List<PdfTemplate> pageNumbers = new ArrayList<>();
  private final Map<String, Integer> headingPages = new java.util.LinkedHashMap<>();
  private int pages;

  /**
   * Furniture for a document; {@code coverUnnumbered} leaves page 1 (a full-page cover) without
   * header text, footer or number.
   */
  PageFurniture(Furniture furniture, Edition edition, Look look, boolean coverUnnumbered) {
    this.furniture = furniture;
    this.edition = edition;
    this.look = look;
    this.coverUnnumbered = coverUnnumbered;
  }

  /** Registers a heading, so that placing it adds its outline entry. */
  void outline(Heading heading) {
    headings.put(heading.anchor(), heading);
  }

  /** Each heading placed so far, with the page number printed on its page. */
  Map<String, Integer> headingPages() {
    return headingPages;
  }

  /** The pages finished so far. */
  int pages() {
    return pages;
  }

  @Override
  public void onEndPage(PdfWriter writer, org.openpdf.text.Document document) {
    pages++;
    PdfContentByte cb = writer.getDirectContent();
    // running heads, banners, rules and page numbers are pagination, not content
    cb.beginMarkedContentSequence(ARTIFACT, Tagger.paginationArtifact(), true);
    try {
      furnish(document, cb);
    } finally {
      cb.endMarkedContentSequence();
    }
  }

  private void furnish(org.openpdf.text.Document document, PdfContentByte cb) {
    boolean cover = coverUnnumbered && pages == 1;
    Look.Type type = look.furniture();
    BaseFont regular = look.fonts().base(type.family(), false, false);
    BaseFont bold = look.fonts().base(type.family(), true, false);
    float size = type.size();
    float left = document.left();
    float right = document.right();
    float width = right - left;
    float headerBaseline = document.top() + Math.max(size * 1.6f, document.topMargin() * 0.42f);
    float footerBaseline = document.bottom() - Math.max(size * 2f, document.bottomMargin() * 0.5f);

    float bannerWidth = 0;
    boolean ownLine = false;
    if (!furniture.banner().isEmpty()) {
      Look.Type bannerType =
          type.withBold(true).withColor(furniture.bannerColor()).withSize(size * 1.1f, size);
      bannerWidth = bold.getWidthPoint(furniture.banner(), bannerType.size());
      // As in the Word file, the banner has a line of its own above the running head when the
      // margin has room for it, so the head gets the full width instead of being cut at the middle.
      float above = headerBaseline + size * 1.6f;
      ownLine =
          !cover
              && !furniture.headerText().isEmpty()
              && above + bannerType.size() <= document.top() + document.topMargin() - size;
      show(
          cb,
          Element.ALIGN_CENTER,
          furniture.banner(),
          bannerType,
          (left + right) / 2,
          ownLine ? above : headerBaseline);
    }
    if (cover) {
      return;
    }
    // lines start on the right in a right-to-left edition
    boolean rtl = edition.rightToLeft();
    int start = rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    if (!furniture.headerText().isEmpty()) {
      float room = bannerWidth > 0 && !ownLine ? width / 2 - bannerWidth / 2 - size * 1.5f : width;
      show(
          cb,
          start,
          fit(furniture.headerText(), regular, size, room),
          type,
          rtl ? right : left,
          headerBaseline);
    }
    hairline(cb, left, right, headerBaseline - size * 0.8f);
    hairline(cb, left, right, footerBaseline + size * 1.6f);

    float numberWidth = 0;
    if (furniture.pageNumbers()) {
      numberWidth = Math.min(width / 3, widthOf(edition.pageLabel(8888, 8888), type));
      PdfTemplate number = cb.createTemplate(numberWidth, size * 2);
      pageNumbers.add(number);
      // the number ends the line: on the left in a right-to-left edition
      cb.addTemplate(number, rtl ? left : right - numberWidth, footerBaseline - size * 0.5f);
    }
    if (!furniture.footerText().isEmpty()) {
      float room = width - numberWidth - (numberWidth > 0 ? size * 2 : 0);
      show(
          cb,
          start,
          fit(furniture.footerText(), regular, size, room),
          type,
          rtl ? right : left,
          footerBaseline);
    }
  }

  @Override
  public void onCloseDocument(PdfWriter writer, org.openpdf.text.Document document) {
    int total = pages - (coverUnnumbered ? 1 : 0);
    Look.Type type = look.furniture();
    for (int i = 0; i < pageNumbers.size(); i++) {
      PdfTemplate t = pageNumbers.get(i);
      boolean rtl = edition.rightToLeft();
      show(
          t,
          rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT,
          edition.pageLabel(i + 1, total),
          type,
          rtl ? 0 : t.getWidth(),
          type.size() * 0.5f);
    }
  }

  /**
   * A heading was placed at {@code rect}, the first line of its text: its outline entry points
   * there, at the text area's left edge {@code left}.
   */
  void placed(PdfWriter writer, float left, String anchor, Rectangle rect) {
    Heading heading = headings.get(anchor);
    // a heading that wraps is tagged once per line; the first line is its position
    if (heading == null || !outlined.add(anchor)) {
      return;
    }
    headingPages.put(anchor, writer.getPageNumber() - (coverUnnumbered ? 1 : 0));
    int level = heading.level();
    PdfOutline parent = writer.getRootOutline();
    for (int l = level - 1; l >= 1; l--) {
      if (lastAtLevel[l] != null) {
        parent = lastAtLevel[l];
        break;
      }
    }
    PdfDestination at = new PdfDestination(PdfDestination.XYZ, left, rect.getTop() + 4, 0);
    lastAtLevel[level] = new PdfOutline(parent, at, heading.text(), true);
    for (int l = level + 1; l < lastAtLevel.length; l++) {
      lastAtLevel[l] = null;
    }
  }

  /** The width of text as set, each run in the font that has its glyphs (Persian digits too). */
  private float widthOf(String text, Look.Type type) {
    float w = 0;
    for (org.openpdf.text.Chunk c : look.chunks(text, type)) {
      w += c.getWidthPoint();
    }
    return w;
  }

  private void show(PdfContentByte cb, int align, String text, Look.Type type, float x, float y) {
    Phrase phrase = new Phrase();
    phrase.addAll(look.chunks(text, type));
    // a run direction turns on the bidi algorithm and Arabic shaping for a title in any script
    ColumnText.showTextAligned(cb, align, phrase, x, y, 0, look.runDirection(), 0);
  }

  private void hairline(PdfContentByte cb, float x1, float x2, float y) {
    Rgb rule = look.theme().rule();
    cb.saveState();
    cb.setColorStroke(PdfFonts.awt(rule));
    cb.setLineWidth(0.5f);
    cb.moveTo(x1, y);
    cb.lineTo(x2, y);
    cb.stroke();
    cb.restoreState();
  }

  /**
   * {@code text}, shortened with an ellipsis to fit {@code room} points: one pass that adds up the
   * characters' widths, so a title of any length costs time linear in the part that fits.
   */
  static String fit(String text, BaseFont font, float size, float room) {
    float ellipsis = font.getWidthPoint("\u2026", size);
    float used = 0;
    int fits = 0; // characters that fit beside an ellipsis
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      used += font.getWidthPoint(text.substring(i, next), size);
      if (used + ellipsis <= room) {
        fits = next;
      }
      if (used > room) {
        return text.substring(0, fits).stripTrailing() + "\u2026";
      }
      i = next;
    }
    return text;
  }
}
