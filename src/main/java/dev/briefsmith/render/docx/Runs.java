package dev.briefsmith.render.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes runs of text, tabs and fields into paragraphs. One instance per rendering: it keeps each
 * distinct run format's properties, built once, and gives every run a copy of them (copying a
 * prepared {@code w:rPr} costs a fraction of building one element by element); and it notes every
 * character it writes and every font its formats name, which the embedded fonts need (cheaper than
 * walking the finished XML for them).
 */
final class Runs {
  private final Map<RunFormat, CTRPr> prepared = new HashMap<>();
  private final EmbeddedFonts.Found found = new EmbeddedFonts.Found();

  /** The characters written and the fonts named so far (live: changes as runs are written). */
  EmbeddedFonts.Found found() {
    return found;
  }

  /** Sets {@code format} on a run that has no properties yet. */
  void format(CTR r, RunFormat format) {
    if (!format.isEmpty()) {
      r.addNewRPr().set(prepared(format));
    }
  }

  /** Sets {@code format} on a paragraph's mark (its pilcrow), replacing any there. */
  void mark(CTPPr pPr, RunFormat format) {
    CTParaRPr mark = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
    mark.set(prepared(format));
  }

  private CTRPr prepared(RunFormat format) {
    CTRPr rPr = prepared.get(format);
    if (rPr == null) {
      rPr = format.toRPr();
      found.add(rPr);
      prepared.put(format, rPr);
    }
    return rPr;
  }

  /** A run of text; line feeds become line breaks and tabs become tab characters. */
  void text(CTP p, String text, RunFormat format) {
    // Arabic-script stretches are runs of their own, marked right to left, so Word and
    // LibreOffice order and shape them; the rest stays as it is.
    for (String[] segment : directional(text)) {
      text(p.addNewR(), segment[1], segment[0].equals("R") ? format.rtl() : format);
    }
  }

  /**
   * The text cut into stretches of left-to-right and right-to-left script: {"L"|"R", text}. Spaces
   * and punctuation join the stretch they sit in.
   */
  static java.util.List<String[]> directional(String text) {
    if (!anyRightToLeft(text)) {
      return java.util.List.<String[]>of(new String[] {"L", text});
    }
    java.util.List<String[]> out = new java.util.ArrayList<>();
    StringBuilder run = new StringBuilder();
    String dir = "L";
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      byte d = Character.getDirectionality(c);
      String strong =
          d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                  || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
              ? "R"
              : d == Character.DIRECTIONALITY_LEFT_TO_RIGHT ? "L" : null;
      if (strong != null && !strong.equals(dir)) {
        if (!run.isEmpty()) {
          out.add(new String[] {dir, run.toString()});
          run.setLength(0);
        }
        dir = strong;
      }
      run.appendCodePoint(c);
    }
    if (!run.isEmpty() || out.isEmpty()) {
      out.add(new String[] {dir, run.toString()});
    }
    return out;
  }

  /**
   * Whether the text has a strong right-to-left character: no script before Hebrew (U+0590) has
   * one, so most text is answered without looking a character's directionality up.
   */
  private static boolean anyRightToLeft(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0590) {
        if (Character.isSurrogate(c)) {
          return true; // the careful way, by code point
        }
        byte d = Character.getDirectionality(c);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
      }
    }
    return false;
  }

  /** Fills an empty run with formatted text. */
  void text(CTR r, String text, RunFormat format) {
    format(r, format);
    text(r, text);
  }

  /** Fills an empty run with text. */
  void text(CTR r, String text) {
    StringBuilder chunk = new StringBuilder();
    String clean = xmlSafe(text);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == '\n' || c == '\t') {
        flush(r, chunk);
        if (c == '\n') {
          r.addNewBr();
        } else {
          r.addNewTab();
        }
      } else if (c != '\r') {
        chunk.append(c);
      }
    }
    flush(r, chunk);
  }

  private void flush(CTR r, StringBuilder chunk) {
    if (chunk.length() > 0) {
      CTText t = r.addNewT();
      String text = chunk.toString();
      found.add(text);
      t.setStringValue(text);
      t.setSpace(SpaceAttribute.Space.PRESERVE);
      chunk.setLength(0);
    }
  }

  /** A tab character. */
  void tab(CTP p, RunFormat format) {
    CTR r = p.addNewR();
    format(r, format);
    r.addNewTab();
  }

  /** A page break, in a run of its own. */
  static void pageBreak(CTP p) {
    p.addNewR().addNewBr().setType(STBrType.PAGE);
  }

  /**
   * A complex field ({@code w:fldChar} begin, instruction, separate, cached result, end), which
   * Word and LibreOffice update when they lay out the page.
   */
  void field(CTP p, String instruction, String cached, RunFormat format) {
    fieldChar(p, STFldCharType.BEGIN, format);
    instruction(p, " " + instruction + " ", format);
    fieldChar(p, STFldCharType.SEPARATE, format);
    text(p, cached, format);
    fieldChar(p, STFldCharType.END, format);
  }

  /** Opens a field that spans paragraphs: begin, instruction, separate; its result follows. */
  void fieldStart(CTP p, String instruction, RunFormat format) {
    fieldChar(p, STFldCharType.BEGIN, format);
    instruction(p, " " + instruction + " ", format);
    fieldChar(p, STFldCharType.SEPARATE, format);
  }

  /** Closes a field opened with {@link #fieldStart}. */
  void fieldEnd(CTP p, RunFormat format) {
    fieldChar(p, STFldCharType.END, format);
  }

  /**
   * A formula field {@code = {NUMPAGES} - offset}: the page count less unnumbered pages (a cover).
   * Word evaluates it whenever it lays out the footer. The formula has no cached result on purpose:
   * LibreOffice cannot evaluate formulas with nested fields and shows the cached text after the
   * live inner NUMPAGES, so with none it shows just the page count (cover included), not a wrong
   * number glued to it.
   */
  void pagesLess(CTP p, int offset, String cachedPages, RunFormat format) {
    fieldChar(p, STFldCharType.BEGIN, format);
    instruction(p, " = ", format);
    field(p, "NUMPAGES", cachedPages, format);
    instruction(p, " - " + offset + " ", format);
    fieldChar(p, STFldCharType.SEPARATE, format);
    fieldChar(p, STFldCharType.END, format);
  }

  private void fieldChar(CTP p, STFldCharType.Enum type, RunFormat format) {
    CTR r = p.addNewR();
    format(r, format);
    r.addNewFldChar().setFldCharType(type);
  }

  private void instruction(CTP p, String instruction, RunFormat format) {
    CTR r = p.addNewR();
    format(r, format);
    CTText t = r.addNewInstrText();
    found.add(instruction);
    t.setStringValue(instruction);
    t.setSpace(SpaceAttribute.Space.PRESERVE);
  }

  /** A bookmark around nothing yet: returns the id to close it with. */
  static BigInteger bookmarkStart(CTP p, int id, String name) {
    BigInteger bid = BigInteger.valueOf(id);
    var start = p.addNewBookmarkStart();
    start.setId(bid);
    start.setName(name);
    return bid;
  }

  /** Closes a bookmark. */
  static void bookmarkEnd(CTP p, BigInteger id) {
    p.addNewBookmarkEnd().setId(id);
  }

  /** Text without the characters XML 1.0 cannot carry (control characters, lone surrogates). */
  static String xmlSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
