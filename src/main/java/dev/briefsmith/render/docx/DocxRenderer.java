package dev.briefsmith.render.docx;

import dev.briefsmith.compose.Document;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.Remembered;
import dev.briefsmith.render.RenderException;
import dev.briefsmith.render.chart.StanceChartPainter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link Document} as a Word (.docx) file with real styles (so the navigation pane, a
 * table of contents and restyling work), page furniture in headers and footers, and charts as sharp
 * images with alternative text. The same document always gives the same bytes. Thread-safe: one
 * instance may render many documents at once.
 */
public final class DocxRenderer {
  private final StanceChartPainter charts;
  private final ChartDrawing drawing = new ChartDrawing();
  private final Settings settings = new Settings();
  private final EmbeddedFonts embedded;
  private final FontFallback fallback;

  /** How many style references' parts are remembered: one per audience is typical. */
  private static final int REMEMBERED = 8;

  /** The latest style references read, by their bytes. */
  private final Remembered<ContentKey, ReferenceStyles.Parts> references =
      new Remembered<>(REMEMBERED);

  private ReferenceStyles.Parts referenceParts(byte[] docx) {
    // a private copy: the key must never change
    return references.get(new ContentKey(docx.clone()), () -> ReferenceStyles.Parts.read(docx));
  }

  /**
   * How many looks' style parts are remembered: one per audience and language is typical (a few
   * hundred kilobytes of XML each at most).
   */
  private static final int REMEMBERED_LOOKS = 16;

  /** The latest looks' styles, numbering and theme, built once, copied into each document. */
  private final Remembered<StyleParts.Key, StyleParts> looks = new Remembered<>(REMEMBERED_LOOKS);

  /** A renderer that sets chart labels in the bundled fonts. */
  public DocxRenderer(Fonts fonts) {
    this(fonts, new StanceChartPainter(Objects.requireNonNull(fonts, "fonts")));
  }

  /**
   * A renderer that draws charts with {@code charts}: a painter shared with the PDF renderer lays
   * each chart out and draws its marks once for both formats.
   */
  public DocxRenderer(Fonts fonts, StanceChartPainter charts) {
    this.charts = Objects.requireNonNull(charts, "charts");
    this.embedded = new EmbeddedFonts(Objects.requireNonNull(fonts, "fonts"));
    this.fallback = new FontFallback(fonts);
  }

  /**
   * The document as .docx bytes.
   *
   * @param styleReference a .docx whose styles (and theme) replace Briefsmith's for every style id
   *     it defines, like Pandoc's {@code --reference-doc}
   * @throws RenderException if the reference is not a readable .docx, or rendering fails
   */
  public byte[] render(Document doc, Optional<byte[]> styleReference) {
    return render(doc, styleReference, Map.of());
  }

  /**
   * The document as .docx bytes, its table of contents (if any) pre-filled with {@code pages}: each
   * heading anchor's printed page number, as the PDF of the same document has it.
   */
  public byte[] render(Document doc, Optional<byte[]> styleReference, Map<String, Integer> pages) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(styleReference, "styleReference");
    WordPackage word = new WordPackage();
    try {
      Written written = write(word, doc, styleReference, pages);
      EmbeddedFonts.Found found = written.runs().found();
      found.addAll(written.look().found());
      written
          .parts()
          .forEach(
              (entry, root) -> word.put(entry, contentType(entry), WordPackage.deflated(root)));
      embedded.embed(word, doc.theme().bodyFont(), doc.theme().headingFont(), found);
      DocProperties.apply(word, doc.metadata());
      return word.zip(doc.metadata().created());
    } catch (RenderException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // XMLBeans reports trouble with unchecked exceptions of its own; callers get one type.
      throw new RenderException(
          "could not render \"" + doc.metadata().title() + "\" as Word: " + e.getMessage(), e);
    }
  }

  /** The content type of a part written as elements: the main part, a header or a footer. */
  private static String contentType(String entry) {
    if (entry.equals(WordPackage.DOCUMENT)) {
      return StyleParts.CONTENT_TYPE + "document.main+xml";
    }
    return PageFrame.contentType(entry.startsWith("word/header") ? "header" : "footer");
  }

  /**
   * What {@link #write} wrote with: the runs, which know the characters and fonts of the text, the
   * look's parts, and the parts written as elements (document.xml, headers and footers) by their
   * entries, to be added to the package once the fonts they use are known.
   */
  record Written(Runs runs, StyleParts look, Map<String, Element> parts) {}

  /**
   * Writes the document's settings, styles, numbering, page frame and blocks into an empty {@code
   * word}: everything but the fonts and properties, and the parts returned as elements (the body,
   * headers and footers), which the font fallback may still cut runs of.
   */
  Written write(
      WordPackage word, Document doc, Optional<byte[]> styleReference, Map<String, Integer> pages)
      throws IOException {
    String language = doc.metadata().language();
    StyleSheet sheet = new StyleSheet(doc.theme(), doc.edition().rightToLeft());
    StyleParts.Key look =
        new StyleParts.Key(
            doc.theme(),
            doc.edition().rightToLeft(),
            language,
            styleReference.map(this::referenceParts));
    StyleParts parts = looks.get(look, () -> StyleParts.of(look));
    // in the order POI relates them to the main part, so the ids are POI's
    settings.apply(word, language);
    parts.installInto(word);
    Runs runs = new Runs();
    PageFrame.Parts frame = new PageFrame(doc, runs).apply(word);
    Element body = new Element("w:body");
    new BlockWriter(word, doc, sheet, charts, drawing, runs, pages).writeDocument(body);
    body.append(frame.sectPr());
    Map<String, Element> written = new LinkedHashMap<>();
    written.put(WordPackage.DOCUMENT, word.document(body));
    written.putAll(frame.roots());
    List<Element> roots = new ArrayList<>();
    roots.add(body);
    roots.addAll(frame.roots().values());
    fallback.apply(roots, parts::styles, doc.theme().bodyFont(), doc.theme().headingFont(), runs);
    return new Written(runs, parts, written);
  }
}
