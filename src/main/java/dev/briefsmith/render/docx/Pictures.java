package dev.briefsmith.render.docx;

import java.util.Optional;

/**
 * Inline pictures, written as POI's {@code XWPFRun.addPicture} writes them (the image a part of the
 * package, the drawing inline in a run), with Word's accessibility properties: a description and
 * title, or the mark of a decorative picture. Stateless.
 */
final class Pictures {
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final String DECORATIVE_EXT = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
  private static final String DECORATIVE_NS =
      "http://schemas.microsoft.com/office/drawing/2017/decorative";

  private Pictures() {}

  /**
   * A new run of {@code p} holding an inline drawing {@code cx} by {@code cy} EMU, with no space
   * around it; returns the {@code wp:inline}, its extent set, for the drawing's properties.
   */
  static Element inline(Element p, long cx, long cy) {
    Element inline =
        p.add("w:r")
            .add("w:drawing")
            .add("wp:inline")
            .attr("distT", "0")
            .attr("distR", "0")
            .attr("distB", "0")
            .attr("distL", "0");
    inline.add("wp:extent").attr("cx", cx).attr("cy", cy);
    return inline;
  }

  /**
   * Adds {@code png} to the package and an inline drawing of it, {@code cx} by {@code cy} EMU, in a
   * new run of {@code p}; {@code number} counts the pictures of the document from 1. With an {@code
   * alt} text the picture is described by it and titled {@code title}; without, it is marked
   * decorative (screen readers skip it, accessibility checkers know it needs no text).
   */
  static void add(
      WordPackage word,
      Element p,
      byte[] png,
      long cx,
      long cy,
      long number,
      String title,
      Optional<String> alt) {
    String rel = word.addPicture(png);
    Element inline = inline(p, cx, cy);
    Element docPr = inline.add("wp:docPr").attr("id", number).attr("name", "Picture " + number);
    if (alt.isPresent()) {
      docPr.attr("descr", alt.get()).attr("title", title);
    } else {
      docPr
          .add("a:extLst")
          .attr("xmlns:a", A)
          .add("a:ext")
          .attr("uri", DECORATIVE_EXT)
          .add("adec:decorative")
          .attr("xmlns:adec", DECORATIVE_NS)
          .attr("val", "1");
    }
    Element pic =
        inline
            .add("a:graphic")
            .attr("xmlns:a", A)
            .add("a:graphicData")
            .attr("uri", PIC)
            .add("pic:pic")
            .attr("xmlns:pic", PIC);
    Element nv = pic.add("pic:nvPicPr");
    Element cNvPr = nv.add("pic:cNvPr").attr("id", "0").attr("name", "Picture " + (number - 1));
    alt.ifPresent(text -> cNvPr.attr("descr", text));
    nv.add("pic:cNvPicPr").add("a:picLocks").attr("noChangeAspect", "true");
    Element fill = pic.add("pic:blipFill");
    fill.add("a:blip").attr("r:embed", rel);
    fill.add("a:stretch").add("a:fillRect");
    Element spPr = pic.add("pic:spPr");
    Element xfrm = spPr.add("a:xfrm");
    xfrm.add("a:off").attr("x", "0").attr("y", "0");
    xfrm.add("a:ext").attr("cx", cx).attr("cy", cy);
    spPr.add("a:prstGeom").attr("prst", "rect").add("a:avLst");
  }
}
