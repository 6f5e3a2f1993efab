package dev.briefsmith.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree as a screen reader walks it: each element with its type, its
 * attributes that matter to assistive technology, its children in order, and the text of its own
 * marked content. Read with PDFBox, independently of how the file was written.
 */
public record StructureTree(Element root, int taggedCharacters, int artifactCharacters) {

  /** One structure element. */
  public record Element(
      String type,
      Optional<String> alt,
      Optional<String> lang,
      Optional<String> scope,
      Optional<String> actualText,
      List<Object> kids) {

    /**
     * The text of this element and everything under it, in structure order, as assistive technology
     * reads it: an element's /ActualText replaces its content.
     */
    public String text() {
      if (actualText.isPresent()) {
        return actualText.get();
      }
      StringBuilder out = new StringBuilder();
      for (Object kid : kids) {
        if (kid instanceof Element e) {
          out.append(e.text());
        } else if (kid instanceof String s) {
          out.append(s);
        }
      }
      return out.toString();
    }

    /** Every element of {@code type} at or under this one, in structure order. */
    public List<Element> all(String type) {
      List<Element> out = new ArrayList<>();
      collect(type, out);
      return out;
    }

    private void collect(String wanted, List<Element> out) {
      if (type.equals(wanted)) {
        out.add(this);
      }
      for (Object kid : kids) {
        if (kid instanceof Element e) {
          e.collect(wanted, out);
        }
      }
    }

    /** The child elements, without the text. */
    public List<Element> children() {
      return kids.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
    }

    /**
     * The element and its descendants as indented lines, one per element ({@code TD "opposes"}),
     * inline elements folded into their block's text.
     */
    public String outline() {
      StringBuilder out = new StringBuilder();
      outline(0, out);
      return out.toString();
    }

    private void outline(int depth, StringBuilder out) {
      out.append("  ".repeat(depth)).append(type);
      scope.ifPresent(s -> out.append(" [Scope ").append(s).append(']'));
      lang.ifPresent(l -> out.append(" [Lang ").append(l).append(']'));
      alt.ifPresent(a -> out.append(" [Alt \"").append(a).append("\"]"));
      boolean blockKids = children().stream().anyMatch(e -> !INLINE.contains(e.type()));
      if (!blockKids && !text().isBlank()) {
        out.append(" \"").append(text().strip().replaceAll("\\s+", " ")).append('"');
      }
      out.append('\n');
      if (blockKids) {
        for (Element e : children()) {
          e.outline(depth + 1, out);
        }
      }
    }
  }

  /** Elements read inline, as part of their block's text. */
  public static final List<String> INLINE = List.of("Span", "Link", "Lbl", "LBody");

  /** Reads the structure tree of {@code pdf}. */
  public static StructureTree read(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
      int[] counts = new int[2];
      for (PDPage page : doc.getPages()) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> byMcid = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
          String text = text(mc);
          if ("Artifact".equals(mc.getTag())) {
            counts[1] += text.length();
          } else if (mc.getMCID() >= 0) {
            byMcid.merge(mc.getMCID(), text, String::concat);
            counts[0] += text.length();
          }
        }
        texts.put(page, byMcid);
      }
      var root = doc.getDocumentCatalog().getStructureTreeRoot();
      List<Object> kids = new ArrayList<>();
      for (Object kid : root.getKids()) {
        if (kid instanceof PDStructureElement e) {
          kids.add(element(e, texts, null));
        }
      }
      return new StructureTree(
          new Element(
              "StructTreeRoot",
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              kids),
          counts[0],
          counts[1]);
    }
  }

  private static Element element(
      PDStructureElement e, Map<PDPage, Map<Integer, String>> texts, PDPage inherited) {
    PDPage page = e.getPage() != null ? e.getPage() : inherited;
    List<Object> kids = new ArrayList<>();
    for (Object kid : e.getKids()) {
      switch (kid) {
        case PDStructureElement child -> kids.add(element(child, texts, page));
        case Integer mcid -> kids.add(texts.getOrDefault(page, Map.of()).getOrDefault(mcid, ""));
        case PDMarkedContentReference ref -> {
          PDPage at = ref.getPage() != null ? ref.getPage() : page;
          kids.add(texts.getOrDefault(at, Map.of()).getOrDefault(ref.getMCID(), ""));
        }
        case PDObjectReference obj -> {}
        default -> {}
      }
    }
    Optional<String> scope = Optional.empty();
    COSBase a = e.getCOSObject().getDictionaryObject(COSName.A);
    if (a instanceof COSDictionary attributes) {
      scope = Optional.ofNullable(attributes.getNameAsString(COSName.getPDFName("Scope")));
    }
    return new Element(
        e.getStructureType(),
        Optional.ofNullable(e.getAlternateDescription()),
        Optional.ofNullable(e.getLanguage()),
        scope,
        Optional.ofNullable(e.getActualText()),
        kids);
  }

  private static String text(PDMarkedContent mc) {
    StringBuilder out = new StringBuilder();
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t) {
        out.append(t.getUnicode());
      } else if (o instanceof PDMarkedContent inner) {
        out.append(text(inner));
      }
    }
    return out.toString();
  }
}
