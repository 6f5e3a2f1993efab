package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.PageBreak;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Furniture;
import dev.briefsmith.compose.Metadata;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.compose.PaperSize;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Span;
import dev.briefsmith.compose.Theme;
import dev.briefsmith.image.Logo;
import dev.briefsmith.render.DocumentFixtures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Brief-like documents for the PDF tests: a masthead instead of a cover page. */
final class Briefs {
  private Briefs() {}

  /** A two-page brief: a masthead, a lead, sections of running text. */
  static Document withMasthead() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Cover(
            "Iraq: the Kurdish question after Mosul",
            Optional.of("Positions of the main actors"),
            Optional.of("Crisis brief 7"),
            "Information as of 25 June 2014",
            "Policy brief",
            List.of("A. Author"),
            Optional.empty(),
            false));
    blocks.add(Paragraph.of(sentences("Bottom line", 4), ParaStyle.LEAD));
    for (int s = 1; s <= 4; s++) {
      blocks.add(new Heading(1, "Section " + s, "section-" + s));
      for (int p = 1; p <= 3; p++) {
        blocks.add(Paragraph.of(sentences("Section " + s + " paragraph " + p, 6), ParaStyle.BODY));
      }
    }
    return document(blocks, "Iraq: the Kurdish question after Mosul", false);
  }

  /**
   * Letter paper, narrow margins, a logo, long header and footer text, and blocks the kitchen sink
   * lacks: level-3 headings, a RULED table with a column span, a figure and a list in a callout, an
   * explicit page break.
   */
  static Document stress() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Cover(
            "A deliberately long title that has to wrap over more than one line on the cover page",
            Optional.empty(),
            Optional.empty(),
            "Information as of 1 March 2015",
            "",
            List.of(),
            Optional.of(sentences("Handling note", 3)),
            true));
    blocks.add(new Heading(1, "One", "one"));
    blocks.add(new Heading(2, "One point one", "one-one"));
    blocks.add(new Heading(3, "One point one point one", "one-one-one"));
    blocks.add(Paragraph.of(sentences("Body", 3), ParaStyle.BODY));
    blocks.add(Paragraph.of(sentences("Small print", 2), ParaStyle.SMALL));
    blocks.add(
        new Table(
            List.of(2f, 1f, 1f),
            List.of(new Row(List.of(Cell.of("Actor"), Cell.of("Now"), Cell.of("Then")))),
            List.of(
                new Row(List.of(Cell.of("North"), Cell.of("supports"), Cell.of("opposes"))),
                new Row(
                    List.of(
                        Cell.of("South"),
                        new Cell(
                            List.of(List.of(Span.italic("no stated position in either period"))),
                            Optional.empty(),
                            Optional.of(Rgb.hex("#666666")),
                            Document.Align.CENTER,
                            2))),
                new Row(
                    List.of(
                        Cell.of("East"),
                        Cell.of("open"),
                        new Cell(
                            List.of(List.of(Span.bold("1.5"))),
                            Optional.empty(),
                            Optional.empty(),
                            Document.Align.RIGHT,
                            1)))),
            TableStyle.RULED,
            false,
            1f,
            Optional.of("Table 2. A ruled table.")));
    blocks.add(new PageBreak());
    blocks.add(new Heading(1, "Two", "two"));
    blocks.add(
        new Callout(
            Optional.empty(),
            List.of(
                Paragraph.of("A callout without a title holds a list:", ParaStyle.BODY),
                new BulletList(
                    List.of(
                        List.of(Span.text("alpha")),
                        List.of(Span.text("beta: " + sentences("A long item", 2)))),
                    ParaStyle.SMALL),
                DocumentFixtures.kitchenSink().blocks().stream()
                    .filter(Figure.class::isInstance)
                    .findFirst()
                    .orElseThrow()),
            Rgb.hex("#FFF8E1"),
            Rgb.hex("#E0A800")));
    for (int i = 0; i < 6; i++) {
      blocks.add(Paragraph.of(sentences("Closing " + i, 5), ParaStyle.BODY));
    }
    blocks.add(
        new BulletList(
            List.of(
                List.of(Span.text(sentences("A wrapped bullet", 2))),
                List.of(
                    Span.text("Coloured "),
                    new Span.Text("red words", false, false, Optional.of(Rgb.hex("#C00000"))),
                    Span.text(" in an item"))),
            ParaStyle.BODY));
    List<Document.Note> notes = new ArrayList<>();
    for (int n = 1; n <= 12; n++) {
      notes.add(new Document.Note(n, List.of(Span.text(sentences("Source " + n, n % 3 + 1)))));
    }
    blocks.add(new Heading(1, "Sources", "sources"));
    blocks.add(new Document.NoteList(notes));
    Document base = document(blocks, "Stress", true);
    return new Document(
        base.metadata(),
        new PageSetup(PaperSize.LETTER, 12, 12, 12, 12, Optional.empty()),
        new Theme(
            FontFamily.NOTO_SANS,
            FontFamily.NOTO_SANS,
            9f,
            Rgb.hex("#000000"),
            Rgb.hex("#00594F"),
            Rgb.hex("#555555"),
            Rgb.hex("#BBBBBB"),
            Optional.of(logo(logoPng())),
            40f),
        new Furniture(
            "OFFICIAL-SENSITIVE",
            Rgb.hex("#B00020"),
            "A deliberately long header text that cannot fit beside the banner without overlap",
            "A deliberately long footer text that would run into the page number if nothing"
                + " shortened it, so it is shortened",
            true,
            true),
        base.blocks());
  }

  /** The logo in these PNG bytes, which a test knows to be good. */
  static Logo logo(byte[] png) {
    try {
      return Logo.of(png);
    } catch (Logo.InvalidImageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** A 200 x 60 PNG: a teal block with a white bar. */
  static byte[] logoPng() {
    BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0x00594F));
      g.fillRect(0, 0, 200, 60);
      g.setColor(Color.WHITE);
      g.fillRect(20, 25, 160, 10);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A document of the given blocks in the kitchen sink's page setup and theme. */
  static Document document(List<Block> blocks, String title, boolean coverUnnumbered) {
    return new Document(
        new Metadata(
            title,
            Optional.empty(),
            List.of("A. Author"),
            "Test",
            List.of("test"),
            "en-GB",
            Instant.parse("2014-06-25T00:00:00Z"),
            "policy",
            "Policy brief"),
        new PageSetup(PaperSize.A4, 20, 18, 20, 18, Optional.empty()),
        new Theme(
            FontFamily.NOTO_SERIF,
            FontFamily.NOTO_SANS,
            10.5f,
            Rgb.hex("#222222"),
            Rgb.hex("#7A1F2B"),
            Rgb.hex("#666666"),
            Rgb.hex("#CCCCCC"),
            Optional.empty(),
            30f),
        new Furniture("", Rgb.BLACK, title, "Crisis brief 7", true, coverUnnumbered),
        blocks);
  }

  /** {@code count} sentences of filler, each starting with {@code label}. */
  static String sentences(String label, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      s.append(label)
          .append(", sentence ")
          .append(i)
          .append(": the parties restated their positions without moving on the substance. ");
    }
    return s.toString().strip();
  }
}
