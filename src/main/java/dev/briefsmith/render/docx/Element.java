package dev.briefsmith.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An element of a Word part as the renderer writes it: a name with its prefix, attributes in the
 * order they are set, and children (elements and text). Where the schema fixes the order of an
 * element's children (paragraph, section, table and cell properties, borders), a child is inserted
 * at its place whatever the order it is added in, as XMLBeans does; elsewhere children keep the
 * order they are added in. Serialised in one pass, with XMLBeans' escaping, so the parts come out
 * as POI saved them, for a fraction of the cost of its XML store. Not thread-safe: one document's
 * elements belong to the thread rendering it; a shared element (a run format's properties, built
 * once) is never changed after it is built.
 */
final class Element {
  /** The schema order of the children of the elements that have one, by local name. */
  private static final Map<String, List<String>> SEQUENCES =
      Map.of(
          "w:pPr",
          List.of(
              "w:pStyle",
              "w:keepNext",
              "w:keepLines",
              "w:pageBreakBefore",
              "w:framePr",
              "w:widowControl",
              "w:numPr",
              "w:suppressLineNumbers",
              "w:pBdr",
              "w:shd",
              "w:tabs",
              "w:suppressAutoHyphens",
              "w:kinsoku",
              "w:wordWrap",
              "w:overflowPunct",
              "w:topLinePunct",
              "w:autoSpaceDE",
              "w:autoSpaceDN",
              "w:bidi",
              "w:adjustRightInd",
              "w:snapToGrid",
              "w:spacing",
              "w:ind",
              "w:contextualSpacing",
              "w:mirrorIndents",
              "w:suppressOverlap",
              "w:jc",
              "w:textDirection",
              "w:textAlignment",
              "w:textboxTightWrap",
              "w:outlineLvl",
              "w:divId",
              "w:cnfStyle",
              "w:rPr",
              "w:sectPr",
              "w:pPrChange"),
          "w:pBdr",
          List.of("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"),
          "w:sectPr",
          List.of(
              "w:headerReference",
              "w:footnotePr",
              "w:endnotePr",
              "w:type",
              "w:pgSz",
              "w:pgMar",
              "w:paperSrc",
              "w:pgBorders",
              "w:lnNumType",
              "w:pgNumType",
              "w:cols",
              "w:formProt",
              "w:vAlign",
              "w:noEndnote",
              "w:titlePg",
              "w:textDirection",
              "w:bidi",
              "w:rtlGutter",
              "w:docGrid"),
          "w:tblPr",
          List.of(
              "w:tblStyle",
              "w:tblpPr",
              "w:tblOverlap",
              "w:bidiVisual",
              "w:tblStyleRowBandSize",
              "w:tblStyleColBandSize",
              "w:tblW",
              "w:jc",
              "w:tblCellSpacing",
              "w:tblInd",
              "w:tblBorders",
              "w:shd",
              "w:tblLayout",
              "w:tblCellMar",
              "w:tblLook",
              "w:tblCaption",
              "w:tblDescription"),
          "w:tcPr",
          List.of(
              "w:cnfStyle",
              "w:tcW",
              "w:gridSpan",
              "w:hMerge",
              "w:vMerge",
              "w:tcBorders",
              "w:shd",
              "w:noWrap",
              "w:tcMar",
              "w:textDirection",
              "w:tcFitText",
              "w:vAlign",
              "w:hideMark"),
          "w:tblBorders",
          List.of("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"),
          "w:tcBorders",
          List.of(
              "w:top",
              "w:left",
              "w:bottom",
              "w:right",
              "w:insideH",
              "w:insideV",
              "w:tl2br",
              "w:tr2bl"),
          "w:tblCellMar",
          List.of("w:top", "w:left", "w:bottom", "w:right"));

  private final String name;
  private final List<String> sequence;
  private final List<String> attributes = new ArrayList<>(4);
  private final List<Object> children = new ArrayList<>(4);

  /** A new element named {@code name}, with its prefix ({@code "w:p"}). */
  Element(String name) {
    this.name = name;
    this.sequence = SEQUENCES.get(name);
  }

  /** The name, with its prefix. */
  String name() {
    return name;
  }

  /** Adds a new child named {@code child} at its place, and returns it. */
  Element add(String child) {
    Element e = new Element(child);
    insert(e);
    return e;
  }

  /** Adds {@code child} (an element that may be shared, never to be changed) at its place. */
  Element append(Element child) {
    insert(child);
    return this;
  }

  private void insert(Element e) {
    int rank = rank(e.name);
    if (rank < 0) {
      children.add(e);
      return;
    }
    int at = children.size();
    while (at > 0 && children.get(at - 1) instanceof Element before && rank(before.name) > rank) {
      at--;
    }
    children.add(at, e);
  }

  /** A child's place in the sequence, or -1 when it has none (or this element has none). */
  private int rank(String child) {
    if (sequence == null) {
      return -1;
    }
    // header and footer references are one choice, in the order they are added
    return sequence.indexOf(child.equals("w:footerReference") ? "w:headerReference" : child);
  }

  /** The first child named {@code child}, or null. */
  Element child(String child) {
    for (Object o : children) {
      if (o instanceof Element e && e.name.equals(child)) {
        return e;
      }
    }
    return null;
  }

  /** Whether a child is named {@code child}. */
  boolean has(String child) {
    return child(child) != null;
  }

  /** The first child named {@code child}, added if there is none. */
  Element getOrAdd(String child) {
    Element e = child(child);
    return e != null ? e : add(child);
  }

  /** Sets an attribute, keeping its place if it is set already. */
  Element attr(String attribute, String value) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(attribute)) {
        attributes.set(i + 1, value);
        return this;
      }
    }
    attributes.add(attribute);
    attributes.add(value);
    return this;
  }

  /** Sets a number attribute. */
  Element attr(String attribute, long value) {
    return attr(attribute, Long.toString(value));
  }

  /** An attribute's value, or null. */
  String attr(String attribute) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(attribute)) {
        return attributes.get(i + 1);
      }
    }
    return null;
  }

  /** The attributes' names and values, alternating (live, not to be changed). */
  List<String> attributes() {
    return attributes;
  }

  /** Appends text. */
  Element text(String text) {
    children.add(text);
    return this;
  }

  /**
   * Appends a fragment of XML written and compressed elsewhere, copied out as it is: UTF-8,
   * well-formed, in namespaces declared around it, and without text or font names (a drawing's
   * geometry).
   */
  Element raw(StableZip.Flushed xml) {
    children.add(new Raw(xml));
    return this;
  }

  /** A fragment of XML that is written out as it is. */
  record Raw(StableZip.Flushed xml) {}

  /**
   * The children: elements, text, and {@link Raw} fragments (live: {@link FontFallback} cuts runs
   * in place).
   */
  List<Object> children() {
    return children;
  }

  /** A deep copy. */
  Element copy() {
    Element e = new Element(name);
    e.attributes.addAll(attributes);
    for (Object o : children) {
      e.children.add(o instanceof Element c ? c.copy() : o);
    }
    return e;
  }

  /** Writes the element as XML. */
  void writeTo(StringBuilder out) {
    writeTo(out, null);
  }

  /**
   * Writes the element as XML; with {@code pieces}, each {@link Raw} fragment ends the text written
   * so far and goes there as it is, the text before it as UTF-8 before it; without, fragments are
   * written as text.
   */
  void writeTo(StringBuilder out, List<StableZip.Piece> pieces) {
    out.append('<').append(name);
    writeAttributes(out);
    if (children.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    writeChildren(out, pieces);
    out.append("</").append(name).append('>');
  }

  /** Writes the attributes, each with a space before it. */
  void writeAttributes(StringBuilder out) {
    for (int i = 0; i < attributes.size(); i += 2) {
      out.append(' ').append(attributes.get(i)).append("=\"");
      escapeAttribute(attributes.get(i + 1), out);
      out.append('"');
    }
  }

  /** Writes the children, fragments as {@link #writeTo(StringBuilder, List)} says. */
  void writeChildren(StringBuilder out, List<StableZip.Piece> pieces) {
    for (Object o : children) {
      switch (o) {
        case Element e -> e.writeTo(out, pieces);
        case Raw r when pieces == null ->
            out.append(new String(r.xml().content(), StandardCharsets.UTF_8));
        case Raw r -> {
          pieces.add(new StableZip.Text(out.toString().getBytes(StandardCharsets.UTF_8)));
          out.setLength(0);
          pieces.add(r.xml());
        }
        default -> escapeText((String) o, out);
      }
    }
  }

  /** Text as XMLBeans escapes it: {@code &} and {@code <}, and {@code >} after {@code ]]}. */
  static void escapeText(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> {
          if (i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
            out.append("&gt;");
          } else {
            out.append(c);
          }
        }
        default -> out.append(c);
      }
    }
  }

  /** An attribute's value as XMLBeans escapes it: {@code &}, {@code <} and {@code "}. */
  static void escapeAttribute(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
