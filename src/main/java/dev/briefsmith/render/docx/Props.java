package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Rgb;
import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Small setters for paragraph, border and table properties. These elements are schema sequences, so
 * XMLBeans inserts each child where the schema wants it; run properties are not (POI models them as
 * a repeated choice) and are written by {@link RunFormat} in schema order instead.
 */
final class Props {
  private Props() {}

  /** Space before and after, in points, and a line height as a multiple of single spacing. */
  static void spacing(CTPPrBase pPr, double beforePt, double afterPt, double lineMultiple) {
    CTSpacing s = pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
    s.setBefore(Units.twips(beforePt));
    s.setAfter(Units.twips(afterPt));
    s.setLine(Units.lines(lineMultiple));
    s.setLineRule(STLineSpacingRule.AUTO);
  }

  /** Space before, in points, keeping other spacing. */
  static void spaceBefore(CTPPrBase pPr, double pt) {
    (pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing()).setBefore(Units.twips(pt));
  }

  /** Space after, in points, keeping other spacing. */
  static void spaceAfter(CTPPrBase pPr, double pt) {
    (pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing()).setAfter(Units.twips(pt));
  }

  /** Left and right indents, in twips. */
  static CTInd indent(CTPPrBase pPr, int leftTwips, int rightTwips) {
    CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
    ind.setLeft(BigInteger.valueOf(leftTwips));
    if (rightTwips != 0) {
      ind.setRight(BigInteger.valueOf(rightTwips));
    }
    return ind;
  }

  /** A hanging indent: the first line starts {@code hangingTwips} left of the others. */
  static void hanging(CTPPrBase pPr, int leftTwips, int hangingTwips) {
    indent(pPr, leftTwips, 0).setHanging(BigInteger.valueOf(hangingTwips));
  }

  /** Horizontal alignment. */
  static void align(CTPPrBase pPr, STJc.Enum jc) {
    (pPr.isSetJc() ? pPr.getJc() : pPr.addNewJc()).setVal(jc);
  }

  /** A tab stop. */
  static void tab(CTPPrBase pPr, STTabJc.Enum kind, int posTwips) {
    CTTabStop stop = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
    stop.setVal(kind);
    stop.setPos(BigInteger.valueOf(posTwips));
  }

  /** A single line border of {@code widthPt}, {@code spacePt} from the text. */
  static void line(CTBorder border, double widthPt, Rgb color, int spacePt) {
    border.setVal(STBorder.SINGLE);
    border.setSz(Units.eighths(widthPt));
    border.setSpace(BigInteger.valueOf(spacePt));
    border.setColor(color.hex());
  }

  /** A solid fill. */
  static void fill(CTShd shd, Rgb color) {
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(color.hex());
  }

  /** A width in twips. */
  static void width(CTTblWidth w, int twips) {
    w.setW(BigInteger.valueOf(twips));
    w.setType(STTblWidth.DXA);
  }

  // The same setters for the renderer's own elements (the document body, headers and footers).

  /** Space before and after, in points, and a line height as a multiple of single spacing. */
  static void spacing(Element pPr, double beforePt, double afterPt, double lineMultiple) {
    pPr.getOrAdd("w:spacing")
        .attr("w:before", Units.twipsInt(beforePt))
        .attr("w:after", Units.twipsInt(afterPt))
        .attr("w:line", Units.lines(lineMultiple).longValue())
        .attr("w:lineRule", "auto");
  }

  /** Space before, in points, keeping other spacing. */
  static void spaceBefore(Element pPr, double pt) {
    pPr.getOrAdd("w:spacing").attr("w:before", Units.twipsInt(pt));
  }

  /** Space after, in points, keeping other spacing. */
  static void spaceAfter(Element pPr, double pt) {
    pPr.getOrAdd("w:spacing").attr("w:after", Units.twipsInt(pt));
  }

  /** Horizontal alignment: {@code left}, {@code center}, {@code right}. */
  static void align(Element pPr, String jc) {
    pPr.getOrAdd("w:jc").attr("w:val", jc);
  }

  /** A tab stop: {@code left}, {@code right}. */
  static void tab(Element pPr, String kind, int posTwips) {
    pPr.getOrAdd("w:tabs").add("w:tab").attr("w:val", kind).attr("w:pos", posTwips);
  }

  /** A single line border of {@code widthPt}, {@code spacePt} from the text. */
  static void line(Element border, double widthPt, Rgb color, int spacePt) {
    border
        .attr("w:val", "single")
        .attr("w:sz", Units.eighths(widthPt).longValue())
        .attr("w:space", spacePt)
        .attr("w:color", color.hex());
  }

  /** A solid fill. */
  static void fill(Element shd, Rgb color) {
    shd.attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", color.hex());
  }

  /** A width in twips. */
  static void width(Element w, int twips) {
    w.attr("w:w", twips).attr("w:type", "dxa");
  }

  /** {@code color} mixed with white: {@code share} 0 is white, 1 is the colour itself. */
  static Rgb tint(Rgb color, double share) {
    return new Rgb(mix(color.red(), share), mix(color.green(), share), mix(color.blue(), share));
  }

  private static int mix(int channel, double share) {
    return (int) Math.round(255 - (255 - channel) * share);
  }
}
