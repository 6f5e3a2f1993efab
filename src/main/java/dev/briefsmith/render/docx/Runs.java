package dev.briefsmith.render.docx;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes runs of text, tabs and fields into paragraphs. One instance per rendering: it keeps each
 * distinct run format's properties, built once, and gives every run a copy of them (copying a
 * prepared {@code w:rPr} costs a fraction of building one element by element); and it notes every
 * character it writes and every font its formats name, which the embedded fonts need (cheaper than
 * walking the finished XML for them).
 */
final class Runs {
  private final Map<RunFormat, Element> prepared = new HashMap<>();
  private final EmbeddedFonts.Found found = new EmbeddedFonts.Found();

  /** The characters written and the fonts named so far (live: changes as runs are written). */
  EmbeddedFonts.Found found() {
    return found;
  }

  /** Sets {@code format} on a run that has no properties yet. */
  void format(Element r, RunFormat format) {
    if (!format.isEmpty()) {
      r.append(prepared(format));
    }
  }

  /** Sets {@code format} on a paragraph's mark (its pilcrow), replacing any there. */
  void mark(Element pPr, RunFormat format) {
    Element old = pPr.child("w:rPr");
    if (old != null) {
      pPr.children().remove(old);
    }
    pPr.append(prepared(format));
  }

  /** The shared properties of {@code format}: never to be changed. */
  private Element prepared(RunFormat format) {
    Element rPr = prepared.get(format);
    if (rPr == null) {
      rPr = format.toElement();
      found.add(rPr);
      prepared.put(format, rPr);
    }
    return rPr;
  }

  /** A run of text; line feeds become line breaks and tabs become tab characters. */
  void text(Element p, String text, RunFormat format) {
    // Arabic-script stretches are runs of their own, marked right to left, so Word and
    // LibreOffice order and shape them; the rest stays as it is.
    for (String[] segment : directional(text)) {
      run(p, segment[1], segment[0].equals("R") ? format.rtl() : format);
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

  /** A new run of {@code p} with formatted text. */
  void run(Element p, String text, RunFormat format) {
    Element r = p.add("w:r");
    format(r, format);
    text(r, text);
  }

  /** Fills a run with text (after its properties, if any). */
  void text(Element r, String text) {
    StringBuilder chunk = new StringBuilder();
    String clean = xmlSafe(text);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == '\n' || c == '\t') {
        flush(r, chunk);
        r.add(c == '\n' ? "w:br" : "w:tab");
      } else if (c != '\r') {
        chunk.append(c);
      }
    }
    flush(r, chunk);
  }

  private void flush(Element r, StringBuilder chunk) {
    if (chunk.length() > 0) {
      String text = chunk.toString();
      found.add(text);
      r.add("w:t").attr("xml:space", "preserve").text(text);
      chunk.setLength(0);
    }
  }

  /** A tab character. */
  void tab(Element p, RunFormat format) {
    Element r = p.add("w:r");
    format(r, format);
    r.add("w:tab");
  }

  /** A page break, in a run of its own. */
  static void pageBreak(Element p) {
    p.add("w:r").add("w:br").attr("w:type", "page");
  }

  /**
   * A complex field ({@code w:fldChar} begin, instruction, separate, cached result, end), which
   * Word and LibreOffice update when they lay out the page.
   */
  void field(Element p, String instruction, String cached, RunFormat format) {
    fieldChar(p, "begin", format);
    instruction(p, " " + instruction + " ", format);
    fieldChar(p, "separate", format);
    text(p, cached, format);
    fieldChar(p, "end", format);
  }

  /** Opens a field that spans paragraphs: begin, instruction, separate; its result follows. */
  void fieldStart(Element p, String instruction, RunFormat format) {
    fieldChar(p, "begin", format);
    instruction(p, " " + instruction + " ", format);
    fieldChar(p, "separate", format);
  }

  /** Closes a field opened with {@link #fieldStart}. */
  void fieldEnd(Element p, RunFormat format) {
    fieldChar(p, "end", format);
  }

  /**
   * A formula field {@code = {NUMPAGES} - offset}: the page count less unnumbered pages (a cover).
   * Word evaluates it whenever it lays out the footer. The formula has no cached result on purpose:
   * LibreOffice cannot evaluate formulas with nested fields and shows the cached text after the
   * live inner NUMPAGES, so with none it shows just the page count (cover included), not a wrong
   * number glued to it.
   */
  void pagesLess(Element p, int offset, String cachedPages, RunFormat format) {
    fieldChar(p, "begin", format);
    instruction(p, " = ", format);
    field(p, "NUMPAGES", cachedPages, format);
    instruction(p, " - " + offset + " ", format);
    fieldChar(p, "separate", format);
    fieldChar(p, "end", format);
  }

  private void fieldChar(Element p, String type, RunFormat format) {
    Element r = p.add("w:r");
    format(r, format);
    r.add("w:fldChar").attr("w:fldCharType", type);
  }

  private void instruction(Element p, String instruction, RunFormat format) {
    Element r = p.add("w:r");
    format(r, format);
    found.add(instruction);
    r.add("w:instrText").attr("xml:space", "preserve").text(instruction);
  }

  /** A bookmark around nothing yet: returns the id to close it with. */
  static int bookmarkStart(Element p, int id, String name) {
    p.add("w:bookmarkStart").attr("w:id", id).attr("w:name", name);
    return id;
  }

  /** Closes a bookmark. */
  static void bookmarkEnd(Element p, int id) {
    p.add("w:bookmarkEnd").attr("w:id", id);
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
