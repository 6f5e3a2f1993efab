package dev.briefsmith.render.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfRectangle;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The structure tree of one rendering, built in the reading order of the document model, and the
 * marking of content with it. Blocks create their elements as they are placed; every chunk of text
 * carries a generic tag naming its element, and as OpenPDF writes the chunk the tagger opens that
 * element's marked content in the text object being written (a paragraph continued on the next page
 * gets a new marked-content id there). Header rows repeated on later pages, and anything marked as
 * decoration, become artifacts; link elements get their annotations where their text lands. Used by
 * one rendering only.
 */
final class Tagger extends org.openpdf.text.pdf.PdfPageEventHelper {
  /** Prefix of the generic tags that name a structure element. */
  static final String TAG = "s:";

  static final PdfName ARTIFACT = new PdfName("Artifact");
  private static final PdfName DOCUMENT = new PdfName("Document");

  /** Receives the first placement of each heading (for the outline and the contents). */
  interface Headings {
    void placed(String anchor, Rectangle where);
  }

  /** A structure element, or decoration, that content can be marked with. */
  static final class Node {
    private final int id;
    private final PdfStructureElement element;
    private final boolean repeatedAsArtifact;
    private final String outline;
    private final String linkTo;
    private final String linkText;
    private final boolean rightToLeftEdition;
    private int firstPage = -1;

    private Node(
        int id,
        PdfStructureElement element,
        boolean repeatedAsArtifact,
        String outline,
        String linkTo,
        String linkText,
        boolean rightToLeftEdition) {
      this.id = id;
      this.rightToLeftEdition = rightToLeftEdition;
      this.element = element;
      this.repeatedAsArtifact = repeatedAsArtifact;
      this.outline = outline;
      this.linkTo = linkTo;
      this.linkText = linkText;
    }

    /** The generic tag of chunks marked with this node. */
    String tag() {
      return TAG + id;
    }

    /** The structure element; null for decoration. */
    PdfStructureElement element() {
      return element;
    }
  }

  private final PdfWriter writer;
  private final boolean rightToLeft;
  private final PdfStructureTreeRoot root;
  private final PdfStructureElement document;
  private final Headings headings;
  private final List<Node> nodes = new ArrayList<>();
  private final IdentityHashMap<Image, Node> figures = new IdentityHashMap<>();
  private final Node decoration;
  private int lastHeading;
  private boolean titled;

  /** The canvas inside a text object (BT..ET), and what its open marked content belongs to. */
  private TaggedCanvas text;

  private Node open;

  /** The link annotation last made, widened while its element's text continues on its line. */
  private Node lastLink;

  private PdfAnnotation lastAnnotation;
  private float[] lastRect;
  private int lastLinkPage;

  /**
   * A tree for {@code writer} (tagged, open) under a {@code Document} element in {@code language};
   * in a right-to-left edition ({@code rightToLeft}) every line is laid out from the right.
   */
  Tagger(PdfWriter writer, String language, boolean rightToLeft, Headings headings) {
    this.writer = writer;
    this.rightToLeft = rightToLeft;
    this.root = writer.getStructureTreeRoot();
    this.document = new PdfStructureElement(root, DOCUMENT);
    document.put(PdfName.LANG, new PdfString(language, PdfObject.TEXT_UNICODE));
    this.headings = headings;
    this.decoration = add(null, false, null, null, null);
  }

  /** Properties of a layout artifact (fills, rules, borders, leaders, decorative images). */
  static PdfDictionary layoutArtifact() {
    PdfDictionary d = new PdfDictionary();
    d.put(PdfName.TYPE, new PdfName("Layout"));
    return d;
  }

  /** Properties of a pagination artifact (running heads, footers, page numbers, banners). */
  static PdfDictionary paginationArtifact() {
    PdfDictionary d = new PdfDictionary();
    d.put(PdfName.TYPE, new PdfName("Pagination"));
    return d;
  }

  /** The marking for decoration within text (a leader, a stand-in symbol). */
  Node decoration() {
    return decoration;
  }

  /** A new element of {@code type} under {@code parent} (the document when null). */
  Node block(Node parent, PdfName type) {
    return add(new PdfStructureElement(parentOf(parent), type), false, null, null, null);
  }

  /** A new element of {@code type} in language {@code language} (a BCP 47 tag). */
  Node block(Node parent, PdfName type, String language) {
    Node node = block(parent, type);
    node.element.put(PdfName.LANG, new PdfString(language, PdfObject.TEXT_UNICODE));
    return node;
  }

  /**
   * A table cell: {@code TH} with its scope ({@code Column} or {@code Row}), or {@code TD}; a
   * header cell of a header row marks its repetitions on later pages as artifacts.
   */
  Node cell(Node row, boolean header, String scope, int colspan, boolean headerRow) {
    PdfStructureElement e =
        new PdfStructureElement(parentOf(row), header ? PdfName.TH : new PdfName("TD"));
    PdfDictionary attributes = new PdfDictionary();
    if (header) {
      attributes.put(new PdfName("Scope"), new PdfName(scope));
    }
    if (colspan > 1) {
      attributes.put(new PdfName("ColSpan"), new PdfNumber(colspan));
    }
    if (attributes.size() > 0) {
      attributes.put(PdfName.O, new PdfName("Table"));
      e.put(PdfName.A, attributes);
    }
    return add(e, headerRow, null, null, null);
  }

  /** The document's title, the one H1. */
  Node title(Node parent) {
    lastHeading = 1;
    titled = true;
    return block(parent, new PdfName("H1"));
  }

  /**
   * A heading one level below its section's, never skipping a level: model level 1 is H2 under a
   * title, H1 without one.
   */
  Node heading(Node parent, int modelLevel, String anchor) {
    int level = lastHeading == 0 ? 1 : Math.min(modelLevel + (titled ? 1 : 0), lastHeading + 1);
    lastHeading = level;
    return add(
        new PdfStructureElement(parentOf(parent), new PdfName("H" + level)),
        false,
        anchor,
        null,
        null);
  }

  /**
   * A link to the named destination {@code anchor}: its text is marked with it, and an annotation
   * with {@code description} covers each line of it.
   */
  Node link(Node parent, String anchor, String description) {
    return add(
        new PdfStructureElement(parentOf(parent), PdfName.LINK), false, null, anchor, description);
  }

  /**
   * Gives {@code node} its text in logical order when it holds right-to-left text, or any text of a
   * right-to-left edition: the page holds such text shaped and in visual order (a Latin sentence's
   * full stop at its left), which read as it is would come out backwards.
   */
  static void logicalText(Node node, String text) {
    if (node != null
        && node.element != null
        && (node.rightToLeftEdition || Bidi.any(text))
        && !text.isBlank()) {
      node.element.put(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
    }
  }

  /** Gives {@code node} the words assistive technology reads for it instead of its text. */
  static void spoken(Node node, String words) {
    if (node != null && node.element != null) {
      node.element.put(PdfName.ACTUALTEXT, new PdfString(words, PdfObject.TEXT_UNICODE));
    }
  }

  /** Marks {@code image}, when drawn, as the content of {@code figure}. */
  void figure(Image image, Node figure) {
    figures.put(image, figure);
  }

  /** The figure {@code image} belongs to; null for a decorative image. */
  Node figure(Image image) {
    return figures.get(image);
  }

  @Override
  public void onGenericTag(
      PdfWriter writer, org.openpdf.text.Document document, Rectangle rect, String tag) {
    if (tag.startsWith(TAG)) {
      chunk(tag, rect);
    }
  }

  /** A text object began on {@code canvas}. */
  void textBegun(TaggedCanvas canvas) {
    text = canvas;
    open = null;
  }

  /** The text object on {@code canvas} ends: close what is open in it. */
  void textEnding(TaggedCanvas canvas) {
    if (text == canvas && open != null) {
      canvas.endMarkedContentSequence();
    }
    text = null;
    open = null;
  }

  /**
   * A chunk tagged {@code tag} is about to be written at {@code rect}: open its element's marked
   * content in the text object, unless already open.
   */
  void chunk(String tag, Rectangle rect) {
    Node node = nodes.get(Integer.parseInt(tag.substring(TAG.length())));
    if (text == null) {
      throw new IllegalStateException("tagged text outside a text object");
    }
    int page = writer.getPageNumber();
    boolean artifact =
        node.element == null
            || (node.repeatedAsArtifact && node.firstPage >= 0 && node.firstPage != page);
    Node marking = artifact ? decoration : node;
    if (open != marking) {
      if (open != null) {
        text.endMarkedContentSequence();
      }
      if (artifact) {
        text.beginMarkedContentSequence(
            ARTIFACT, node.repeatedAsArtifact ? paginationArtifact() : layoutArtifact(), true);
      } else {
        text.beginMarkedContentSequence(node.element);
        text.markTagged();
      }
      open = marking;
    }
    if (artifact) {
      return;
    }
    if (node.firstPage < 0) {
      node.firstPage = page;
      if (node.outline != null) {
        headings.placed(node.outline, rect);
      }
    }
    if (node.linkTo != null) {
      annotate(node, rect, page);
    }
  }

  private void annotate(Node link, Rectangle rect, int page) {
    if (lastLink == link
        && lastLinkPage == page
        && Math.abs(lastRect[1] - rect.getBottom()) < 0.5f) {
      lastRect[0] = Math.min(lastRect[0], rect.getLeft());
      lastRect[2] = Math.max(lastRect[2], rect.getRight());
      lastRect[3] = Math.max(lastRect[3], rect.getTop());
      lastAnnotation.put(
          PdfName.RECT, new PdfRectangle(lastRect[0], lastRect[1], lastRect[2], lastRect[3]));
      return;
    }
    PdfAnnotation a =
        new PdfAnnotation(
            writer,
            rect.getLeft(),
            rect.getBottom(),
            rect.getRight(),
            rect.getTop(),
            PdfAction.gotoLocalPage(link.linkTo, false));
    a.setFlags(PdfAnnotation.FLAGS_PRINT);
    a.setBorder(new org.openpdf.text.pdf.PdfBorderArray(0, 0, 0));
    a.put(PdfName.CONTENTS, new PdfString(link.linkText, PdfObject.TEXT_UNICODE));
    a.put(PdfName.STRUCTPARENT, new PdfNumber(root.addExistingObject(link.element.getReference())));
    writer.addAnnotation(a);
    PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
    objr.put(new PdfName("Obj"), a.getIndirectReference());
    objr.put(PdfName.PG, writer.getCurrentPage());
    // the element's marked content opened just before, so its K is an id or a list of them
    PdfObject k = link.element.get(PdfName.K);
    PdfArray kids;
    if (k instanceof PdfArray array) {
      kids = array;
    } else {
      kids = new PdfArray();
      if (k != null) {
        kids.add(k);
      }
      link.element.put(PdfName.K, kids);
    }
    kids.add(objr);
    lastLink = link;
    lastAnnotation = a;
    lastLinkPage = page;
    lastRect = new float[] {rect.getLeft(), rect.getBottom(), rect.getRight(), rect.getTop()};
  }

  private PdfStructureElement parentOf(Node parent) {
    if (parent == null) {
      return document;
    }
    if (parent.element == null) {
      throw new IllegalArgumentException("decoration has no children");
    }
    return parent.element;
  }

  private Node add(
      PdfStructureElement element,
      boolean repeatedAsArtifact,
      String outline,
      String linkTo,
      String linkText) {
    Node node =
        new Node(nodes.size(), element, repeatedAsArtifact, outline, linkTo, linkText, rightToLeft);
    nodes.add(node);
    return node;
  }
}
