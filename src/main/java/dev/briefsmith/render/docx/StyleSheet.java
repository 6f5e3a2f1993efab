package dev.briefsmith.render.docx;

import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Theme;
import java.math.BigInteger;
import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The Word styles and list numbering of a brief, derived from its {@link Theme}: every size is a
 * multiple of the base size, every colour one of the theme's. Built-in styles keep Word's ids and
 * names (Normal, Title, heading 1...), so the navigation pane, a table of contents and a user's
 * restyling recognise them.
 */
final class StyleSheet {
  static final String NORMAL = "Normal";
  static final String TITLE = "Title";
  static final String SUBTITLE = "Subtitle";
  static final String LEAD = "Lead";
  static final String QUOTE = "Quote";
  static final String ATTRIBUTION = "Attribution";
  static final String CAPTION = "Caption";
  static final String SMALL = "Small";
  static final String LIST_BULLET = "ListBullet";
  static final String ENDNOTE_LIST = "EndnoteList";
  static final String TOC1 = "TOC1";
  static final String TOC2 = "TOC2";
  static final String NOTE_REFERENCE = "EndnoteReference";
  static final String TABLE_TEXT = "TableText";
  static final String COVER_SERIES = "CoverSeries";
  static final String COVER_META = "CoverMeta";
  static final String COVER_NOTE = "CoverNote";
  static final String CALLOUT_TITLE = "CalloutTitle";
  static final String HEADER = "Header";
  static final String FOOTER = "Footer";
  static final String BANNER = "Banner";
  static final String TABLE_GRID = "BriefsmithGrid";
  static final String TABLE_RULED = "BriefsmithRuled";
  static final String TABLE_PLAIN = "BriefsmithPlain";

  /** Styles Word itself defines (the rest are marked custom). */
  private static final Set<String> BUILT_IN =
      Set.of(
          NORMAL,
          TITLE,
          SUBTITLE,
          "Heading1",
          "Heading2",
          "Heading3",
          QUOTE,
          CAPTION,
          LIST_BULLET,
          NOTE_REFERENCE,
          "DefaultParagraphFont",
          HEADER,
          FOOTER,
          "TableNormal");

  /** The numbering instance of bullet lists ({@code w:numId}). */
  static final BigInteger BULLET_NUM_ID = BigInteger.ONE;

  /** Indent of list text and endnote text from the margin, in twips. */
  static final int LIST_INDENT = 360;

  /** Space between a bullet or note number and its text, in twips. */
  static final int LIST_HANG = 260;

  /** Horizontal padding inside table cells, in twips. */
  static final int CELL_PAD = 85;

  private final Theme theme;
  private final double base;
  private final boolean rightToLeft;

  StyleSheet(Theme theme) {
    this(theme, false);
  }

  /** Styles for a right-to-left edition when {@code rightToLeft}: bars and indents at the right. */
  StyleSheet(Theme theme, boolean rightToLeft) {
    this.theme = theme;
    this.base = theme.baseSizePt();
    this.rightToLeft = rightToLeft;
  }

  /** The paragraph style id of a paragraph role. */
  static String paragraphStyle(ParaStyle style) {
    return switch (style) {
      case BODY -> NORMAL;
      case LEAD -> LEAD;
      case SMALL -> SMALL;
      case QUOTE -> QUOTE;
      case ATTRIBUTION -> ATTRIBUTION;
      case CAPTION -> CAPTION;
    };
  }

  /** The style id of a heading level, 1..3. */
  static String heading(int level) {
    return "Heading" + level;
  }

  /** The space after a body paragraph, in points. */
  double bodyAfterPt() {
    return base * 0.6;
  }

  /** Builds styles.xml: document defaults and every style a brief uses. */
  CTStyles styles(String language) {
    CTStyles styles = CTStyles.Factory.newInstance();
    docDefaults(styles.addNewDocDefaults(), language);

    CTStyle normal = paragraph(styles, NORMAL, "Normal", null, 0);
    normal.setDefault(true);
    spacing(normal, 0, bodyAfterPt(), 1.08);
    rPr(normal, RunFormat.PLAIN.font(theme.bodyFont()).size(base).color(theme.text()));

    CTStyle title = paragraph(styles, TITLE, "Title", NORMAL, 10);
    spacing(title, 0, base * 0.6, 1.0);
    title.getPPr().addNewKeepNext();
    rPr(title, heading().bold(true).size(base * 2.6).color(theme.accent()));

    CTStyle subtitle = paragraph(styles, SUBTITLE, "Subtitle", NORMAL, 11);
    spacing(subtitle, 0, base * 1.2, 1.0);
    subtitle.getPPr().addNewKeepNext();
    rPr(subtitle, heading().size(base * 1.45).color(theme.muted()));

    double[] scale = {1.6, 1.3, 1.1};
    double[] before = {2.0, 1.5, 1.1};
    double[] after = {0.7, 0.45, 0.3};
    for (int level = 1; level <= 3; level++) {
      CTStyle h = paragraph(styles, heading(level), "heading " + level, NORMAL, 9);
      CTPPrGeneral p = h.getPPr();
      p.addNewKeepNext();
      p.addNewKeepLines();
      spacing(h, base * before[level - 1], base * after[level - 1], 1.0);
      p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      if (level == 1) {
        Props.line(p.addNewPBdr().addNewBottom(), 0.75, theme.rule(), 3);
      }
      rPr(h, heading().bold(true).size(base * scale[level - 1]).color(theme.accent()));
    }

    CTStyle lead = paragraph(styles, LEAD, "Lead", NORMAL, 12);
    spacing(lead, base * 0.2, base * 1.1, 1.1);
    // the bar stands where lines start (LibreOffice reads w:left as the left even in a bidi
    // paragraph)
    if (rightToLeft) {
      Props.line(lead.getPPr().addNewPBdr().addNewRight(), 3, theme.accent(), 8);
      Props.indent(lead.getPPr(), 0, Units.twipsInt(base * 1.1));
    } else {
      Props.line(lead.getPPr().addNewPBdr().addNewLeft(), 3, theme.accent(), 8);
      Props.indent(lead.getPPr(), Units.twipsInt(base * 1.1), 0);
    }
    rPr(lead, RunFormat.PLAIN.size(base * 1.15));

    int quoteIndent = Units.twipsInt(base * 2.4);
    CTStyle quote = paragraph(styles, QUOTE, "Quote", NORMAL, 29);
    spacing(quote, base * 0.4, base * 0.2, 1.08);
    Props.indent(quote.getPPr(), quoteIndent, quoteIndent);
    var quoteBorders = quote.getPPr().addNewPBdr();
    Props.line(
        rightToLeft ? quoteBorders.addNewRight() : quoteBorders.addNewLeft(), 1.5, theme.rule(), 8);
    rPr(quote, RunFormat.PLAIN.italic(true));

    CTStyle attribution = paragraph(styles, ATTRIBUTION, "Attribution", NORMAL, 30);
    spacing(attribution, 0, base * 1.0, 1.0);
    Props.indent(attribution.getPPr(), quoteIndent, quoteIndent);
    rPr(attribution, RunFormat.PLAIN.size(base * 0.9).color(theme.muted()));

    CTStyle caption = paragraph(styles, CAPTION, "caption", NORMAL, 35);
    spacing(caption, base * 0.4, base * 1.0, 1.0);
    rPr(caption, RunFormat.PLAIN.size(base * 0.9).color(theme.muted()).italic(true));

    CTStyle small = paragraph(styles, SMALL, "Small", NORMAL, 31);
    spacing(small, 0, base * 0.4, 1.0);
    rPr(small, RunFormat.PLAIN.size(base * 0.85).color(theme.muted()));

    CTStyle bullet = paragraph(styles, LIST_BULLET, "List Bullet", NORMAL, 36);
    spacing(bullet, 0, base * 0.3, 1.08);
    CTNumPr numPr = bullet.getPPr().addNewNumPr();
    numPr.addNewNumId().setVal(BULLET_NUM_ID);

    CTStyle notes = paragraph(styles, ENDNOTE_LIST, "Endnote List", NORMAL, 37);
    spacing(notes, 0, base * 0.3, 1.0);
    Props.tab(notes.getPPr(), STTabJc.LEFT, LIST_INDENT);
    Props.hanging(notes.getPPr(), LIST_INDENT, LIST_INDENT);
    rPr(notes, RunFormat.PLAIN.size(base * 0.9));

    // Word's built-in names, so Word's own "update table" keeps using them
    CTStyle toc1 = paragraph(styles, TOC1, "toc 1", NORMAL, 39);
    spacing(toc1, base * 0.35, base * 0.1, 1.0);
    rPr(toc1, RunFormat.PLAIN.bold(true));
    CTStyle toc2 = paragraph(styles, TOC2, "toc 2", NORMAL, 39);
    spacing(toc2, 0, base * 0.1, 1.0);
    Props.hanging(toc2.getPPr(), (int) Math.round(base * 30), 0);

    CTStyle noteRef = style(styles, STStyleType.CHARACTER, NOTE_REFERENCE, "endnote reference");
    noteRef.addNewBasedOn().setVal("DefaultParagraphFont");
    noteRef.addNewUiPriority().setVal(BigInteger.valueOf(99));
    noteRef.addNewRPr();
    RunFormat.PLAIN.superscript().applyTo(noteRef.getRPr());

    CTStyle defaultFont =
        style(styles, STStyleType.CHARACTER, "DefaultParagraphFont", "Default Paragraph Font");
    defaultFont.setDefault(true);
    defaultFont.addNewUiPriority().setVal(BigInteger.ONE);
    defaultFont.addNewSemiHidden();
    defaultFont.addNewUnhideWhenUsed();

    CTStyle tableText = paragraph(styles, TABLE_TEXT, "Table Text", NORMAL, 38);
    spacing(tableText, 0, 0, 1.0);

    CTStyle calloutTitle = paragraph(styles, CALLOUT_TITLE, "Callout Title", NORMAL, 39);
    spacing(calloutTitle, 0, base * 0.3, 1.0);
    calloutTitle.getPPr().addNewKeepNext();
    rPr(calloutTitle, heading().bold(true).color(theme.accent()));

    CTStyle series = paragraph(styles, COVER_SERIES, "Cover Series", NORMAL, 40);
    spacing(series, 0, base * 0.5, 1.0);
    rPr(series, heading().bold(true).caps().tracking(1).size(base * 0.9).color(theme.accent()));

    CTStyle meta = paragraph(styles, COVER_META, "Cover Meta", NORMAL, 41);
    spacing(meta, 0, base * 0.25, 1.0);
    rPr(meta, RunFormat.PLAIN.color(theme.muted()));

    CTStyle coverNote = paragraph(styles, COVER_NOTE, "Cover Note", NORMAL, 42);
    spacing(coverNote, base * 0.6, base * 0.6, 1.0);
    rPr(coverNote, RunFormat.PLAIN.italic(true).size(base * 0.9).color(theme.muted()));

    CTStyle header = paragraph(styles, HEADER, "header", NORMAL, 99);
    spacing(header, 0, 0, 1.0);
    rPr(header, RunFormat.PLAIN.size(base * 0.8).color(theme.muted()));

    CTStyle footer = paragraph(styles, FOOTER, "footer", NORMAL, 99);
    spacing(footer, 0, 0, 1.0);
    rPr(footer, RunFormat.PLAIN.size(base * 0.8).color(theme.muted()));

    CTStyle banner = paragraph(styles, BANNER, "Banner", HEADER, 43);
    spacing(banner, 0, base * 0.3, 1.0);
    Props.align(banner.getPPr(), STJc.CENTER);
    rPr(banner, RunFormat.PLAIN.bold(true).tracking(0.5).size(base * 0.85));

    tableNormal(styles);
    table(styles, TABLE_GRID, "Briefsmith Grid", Rules.GRID);
    table(styles, TABLE_RULED, "Briefsmith Ruled", Rules.RULED);
    table(styles, TABLE_PLAIN, "Briefsmith Plain", Rules.PLAIN);
    return styles;
  }

  /** Builds numbering.xml: one bullet list definition, numbered {@link #BULLET_NUM_ID}. */
  CTNumbering numbering() {
    CTNumbering numbering = CTNumbering.Factory.newInstance();
    CTAbstractNum bullets = numbering.addNewAbstractNum();
    bullets.setAbstractNumId(BigInteger.ZERO);
    String[] marks = {"\u2022", "\u2013", "\u00b7"};
    for (int level = 0; level < marks.length; level++) {
      CTLvl lvl = bullets.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
      lvl.addNewLvlText().setVal(marks[level]);
      lvl.addNewLvlJc().setVal(STJc.LEFT);
      CTPPrGeneral pPr = lvl.addNewPPr();
      int left = LIST_INDENT * (level + 1);
      Props.tab(pPr, STTabJc.NUM, left);
      Props.hanging(pPr, left, LIST_HANG);
      RunFormat.PLAIN.font(theme.bodyFont()).color(theme.accent()).applyTo(lvl.addNewRPr());
    }
    CTNum num = numbering.addNewNum();
    num.setNumId(BULLET_NUM_ID);
    num.addNewAbstractNumId().setVal(BigInteger.ZERO);
    return numbering;
  }

  private RunFormat heading() {
    return RunFormat.PLAIN.font(theme.headingFont());
  }

  private void docDefaults(CTDocDefaults defaults, String language) {
    RunFormat.PLAIN
        .font(theme.bodyFont())
        .size(base)
        .language(language)
        .applyTo(defaults.addNewRPrDefault().addNewRPr());
    CTPPrBase pPr = defaults.addNewPPrDefault().addNewPPr();
    Props.spacing(pPr, 0, 0, 1.0);
  }

  private static CTStyle style(CTStyles styles, STStyleType.Enum type, String id, String name) {
    CTStyle s = styles.addNewStyle();
    s.setType(type);
    s.setStyleId(id);
    if (!BUILT_IN.contains(id)) {
      s.setCustomStyle(true);
    }
    s.addNewName().setVal(name);
    return s;
  }

  private static CTStyle paragraph(
      CTStyles styles, String id, String name, String basedOn, int priority) {
    CTStyle s = style(styles, STStyleType.PARAGRAPH, id, name);
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
      s.addNewNext().setVal(NORMAL);
    }
    s.addNewUiPriority().setVal(BigInteger.valueOf(priority));
    s.addNewQFormat();
    s.addNewPPr();
    return s;
  }

  private static void spacing(CTStyle style, double beforePt, double afterPt, double line) {
    Props.spacing(style.getPPr(), beforePt, afterPt, line);
  }

  private static void rPr(CTStyle style, RunFormat format) {
    format.applyTo(style.addNewRPr());
  }

  private enum Rules {
    GRID,
    RULED,
    PLAIN
  }

  private static void tableNormal(CTStyles styles) {
    CTStyle s = style(styles, STStyleType.TABLE, "TableNormal", "Normal Table");
    s.setDefault(true);
    s.addNewUiPriority().setVal(BigInteger.valueOf(99));
    s.addNewSemiHidden();
    s.addNewUnhideWhenUsed();
    CTTblPrBase tblPr = s.addNewTblPr();
    Props.width(tblPr.addNewTblInd(), 0);
    cellMargins(tblPr.addNewTblCellMar(), 0, 108);
  }

  private void table(CTStyles styles, String id, String name, Rules rules) {
    CTStyle s = style(styles, STStyleType.TABLE, id, name);
    s.addNewBasedOn().setVal("TableNormal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(59));
    CTPPrGeneral pPr = s.addNewPPr();
    Props.spacing(pPr, 0, 0, 1.0);
    CTTblPrBase tblPr = s.addNewTblPr();
    Rgb rule = theme.rule();
    if (rules != Rules.PLAIN) {
      CTTblBorders b = tblPr.addNewTblBorders();
      Props.line(b.addNewTop(), 0.75, rules == Rules.RULED ? theme.muted() : rule, 0);
      if (rules == Rules.GRID) {
        Props.line(b.addNewLeft(), 0.5, rule, 0);
      }
      Props.line(b.addNewBottom(), 0.75, rules == Rules.RULED ? theme.muted() : rule, 0);
      if (rules == Rules.GRID) {
        Props.line(b.addNewRight(), 0.5, rule, 0);
      }
      Props.line(b.addNewInsideH(), 0.5, rule, 0);
      if (rules == Rules.GRID) {
        Props.line(b.addNewInsideV(), 0.5, rule, 0);
      }
    }
    CTTblCellMar mar = tblPr.addNewTblCellMar();
    if (rules == Rules.PLAIN) {
      // Without rules, the text lines up with the text around the table.
      Props.width(mar.addNewTop(), 20);
      Props.width(mar.addNewLeft(), 0);
      Props.width(mar.addNewBottom(), 20);
      Props.width(mar.addNewRight(), 2 * CELL_PAD);
    } else {
      cellMargins(mar, 60, CELL_PAD);
    }
  }

  private static void cellMargins(CTTblCellMar mar, int vertical, int horizontal) {
    Props.width(mar.addNewTop(), vertical);
    Props.width(mar.addNewLeft(), horizontal);
    Props.width(mar.addNewBottom(), vertical);
    Props.width(mar.addNewRight(), horizontal);
  }
}
