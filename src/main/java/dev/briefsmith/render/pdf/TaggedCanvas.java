package dev.briefsmith.render.pdf;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The canvas the flow writes to, and every canvas OpenPDF derives from it (a column's text, a
 * table's background, rule and text layers): text objects report to the {@link Tagger}, which marks
 * each chunk's content with its structure element; a layer that arrives with nothing marked (cell
 * fills, borders, rules) becomes an artifact; an image becomes its figure, or an artifact. So
 * nothing OpenPDF draws for the flow is left outside a tag or an artifact. Used by one rendering.
 */
final class TaggedCanvas extends PdfContentByte {
  private final Tagger tagger;

  /** Whether this canvas holds marked content of a structure element. */
  private boolean tagged;

  /** Whether text was shown since the text object began or the line last moved. */
  private boolean shown;

  /** The last character shown. */
  private char last;

  TaggedCanvas(PdfWriter writer, Tagger tagger) {
    super(writer);
    this.tagger = tagger;
  }

  /** Marks that content of a structure element went into this canvas. */
  void markTagged() {
    tagged = true;
  }

  /** Whether anything has been written to this canvas. */
  boolean isEmpty() {
    return content.size() == 0;
  }

  @Override
  public PdfContentByte getDuplicate() {
    return new TaggedCanvas(writer, tagger);
  }

  @Override
  public void beginText() {
    super.beginText();
    shown = false;
    tagger.textBegun(this);
  }

  /**
   * Starts a line; after a line of text, first ends it with a space: the line break drops the space
   * between two words, and tagged text must keep its word breaks (or a screen reader reads
   * "US-Irancooperation"). The space is drawn past the line's last glyph, where it shows nothing.
   */
  @Override
  public void setTextMatrix(float x, float y) {
    endLine();
    super.setTextMatrix(x, y);
  }

  private void endLine() {
    // a line broken after a hyphen had no space there
    if (shown && last != '-' && last != '\u2010' && !Character.isWhitespace(last)) {
      super.showText(" ");
    }
    shown = false;
  }

  @Override
  public void showText(String text) {
    super.showText(text);
    if (!text.isEmpty()) {
      shown = true;
      last = text.charAt(text.length() - 1);
    }
  }

  @Override
  public void showText(org.openpdf.text.pdf.PdfTextArray text) {
    super.showText(text);
    // (kerned text: its last character is not at hand; take it for a letter)
    shown = true;
    last = 'a';
  }

  @Override
  public void endText() {
    // the last line may continue on the next page: keep its word break too
    endLine();
    tagger.textEnding(this);
    super.endText();
  }

  @Override
  public void add(PdfContentByte other) {
    if (other instanceof TaggedCanvas layer && !layer.tagged && !layer.isEmpty()) {
      // a layer of fills and rules: decoration
      beginMarkedContentSequence(Tagger.ARTIFACT, Tagger.layoutArtifact(), true);
      super.add(other);
      endMarkedContentSequence();
      return;
    }
    if (other instanceof TaggedCanvas layer && layer.tagged) {
      tagged = true;
    }
    super.add(other);
  }

  @Override
  public void addImage(
      Image image, float a, float b, float c, float d, float e, float f, boolean inlineImage)
      throws DocumentException {
    Tagger.Node figure = tagger.figure(image);
    if (figure == null) {
      beginMarkedContentSequence(Tagger.ARTIFACT, Tagger.layoutArtifact(), true);
      super.addImage(image, a, b, c, d, e, f, inlineImage);
      endMarkedContentSequence();
      return;
    }
    beginMarkedContentSequence(figure.element());
    super.addImage(image, a, b, c, d, e, f, inlineImage);
    endMarkedContentSequence();
    tagged = true;
  }

  /** Empties the canvas once its content has gone to the page. */
  void clear() {
    reset(false);
    tagged = false;
  }
}
