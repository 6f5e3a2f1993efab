package dev.briefsmith.render.pdf;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.Furniture;
import dev.briefsmith.compose.Metadata;
import dev.briefsmith.compose.PageSetup;
import dev.briefsmith.compose.PaperSize;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.compose.Theme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
