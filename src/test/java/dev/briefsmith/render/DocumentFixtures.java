package dev.briefsmith.render;

import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Align;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Cover;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Note;
import dev.briefsmith.compose.Document.NoteList;
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
import dev.briefsmith.compose.StanceChart;
import dev.briefsmith.compose.StanceChart.Marker;
import dev.briefsmith.compose.StanceChart.Series;
import dev.briefsmith.compose.Theme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-built documents that use every kind of block, for renderer tests. */
public final class DocumentFixtures {
  private DocumentFixtures() {}

  /** A document with every block type, a long matrix that spans pages, and odd characters. */
  public static Document kitchenSink() {
    List<Document.Block> blocks = new ArrayList<>();
    blocks.add(
        new Cover(
            "Kitchen sink brief",
            Optional.of("Every block type, once or more"),
            Optional.of("Test series"),
            "Information as of 25 June 2014",
            "Analyst brief",
            List.of("A. Author", "B. Author"),
            Optional.of("For testing only."),
            true));
    blocks.add(new Heading(1, "Summary", "summary"));
    blocks.add(
        new Paragraph(
            List.of(
                Span.text("The bottom line, with "),
                Span.bold("bold"),
                Span.text(", "),
                Span.italic("italic"),
                Span.text(" and a note"),
                new Span.NoteRef(1),
                Span.text(".")),
            ParaStyle.LEAD));
    blocks.add(new Heading(2, "Lists and quotes", "lists"));
    blocks.add(
        new BulletList(
            List.of(
                List.of(Span.text("First point")),
                List.of(Span.text("Second point, citing "), new Span.NoteRef(2))),
            ParaStyle.BODY));
    blocks.add(
        Paragraph.of("\u201cA verbatim quotation, with curly quotes.\u201d", ParaStyle.QUOTE));
    blocks.add(Paragraph.of("Hassan Rouhani, 21 June 2014", ParaStyle.ATTRIBUTION));
    blocks.add(
        Paragraph.of(
            "Diacritics: Zoë, Ærøskøbing, Łódź; Greek: Αθήνα; Cyrillic: Москва.", ParaStyle.BODY));
    blocks.add(new Heading(2, "Position matrix", "matrix"));
    List<Row> body = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      body.add(
          new Row(
              List.of(
                  Cell.of("Issue " + i + ": should the sides cooperate on item " + i + "?"),
                  stanceCell("++ supports", "Wants it", "#92C5DE"),
                  stanceCell(
                      "\u2212 sceptical", "Doubts it, for reasons set out at length", "#FDDBC7"),
                  stanceCell("\u2212\u2212 opposes", "Rejects it", "#F4A582"),
                  new Cell(
                      List.of(List.of(Span.bold("Opposed")), List.of(Span.text("spread 4"))),
                      Optional.of(Rgb.hex("#BBBBBB")),
                      Optional.empty(),
                      Align.CENTER,
                      1))));
    }
    blocks.add(
        new Table(
            List.of(3f, 2f, 2f, 2f, 1.2f),
            List.of(
                new Row(
                    List.of(
                        Cell.of("Issue"),
                        Cell.of("North"),
                        Cell.of("South"),
                        Cell.of("East"),
                        Cell.of("Alignment")))),
            body,
            TableStyle.GRID,
            true,
            0.85f,
            Optional.of("Table 1. Positions by side.")));
    blocks.add(new Heading(2, "Stance chart", "chart"));
    blocks.add(
        new Figure(
            new StanceChart(
                List.of("Cooperation", "Troops", "Talks"),
                List.of(
                    new Series(
                        "North",
                        Rgb.hex("#0072B2"),
                        Marker.CIRCLE,
                        true,
                        List.of(Optional.of(2), Optional.of(-1), Optional.empty())),
                    new Series(
                        "South",
                        Rgb.hex("#D55E00"),
                        Marker.SQUARE,
                        true,
                        List.of(Optional.of(-2), Optional.of(0), Optional.of(1))),
                    new Series(
                        "South hardliners",
                        Rgb.hex("#D55E00"),
                        Marker.TRIANGLE,
                        false,
                        List.of(Optional.of(-2), Optional.empty(), Optional.of(-1)))),
                List.of("opposes", "sceptical", "ambivalent", "open", "supports")),
            "Stance chart: North supports cooperation, South opposes it; on talks South is open.",
            Optional.of("Figure 1. Stances by issue."),
            0.9f,
            0.45f));
    blocks.add(
        new Callout(
            Optional.of("Estimative language"),
            List.of(
                Paragraph.of("We use the ICD 203 terms:", ParaStyle.SMALL),
                new Table(
                    List.of(2f, 1f),
                    List.of(),
                    List.of(
                        new Row(List.of(Cell.of("likely"), Cell.of("55-80%"))),
                        new Row(List.of(Cell.of("very likely"), Cell.of("80-95%")))),
                    TableStyle.PLAIN,
                    true,
                    0.9f,
                    Optional.empty())),
            Rgb.hex("#F2F4F7"),
            Rgb.hex("#8A94A6")));
    blocks.add(new Heading(1, "Sources", "sources"));
    blocks.add(
        new NoteList(
            List.of(
                new Note(
                    1,
                    List.of(
                        Span.text("ISPI, "),
                        Span.italic("The Iraq crisis"),
                        Span.text(", June 2014."))),
                new Note(2, List.of(Span.text("A second source."))))));
    return new Document(
        new Metadata(
            "Kitchen sink brief",
            Optional.of("Every block type"),
            List.of("A. Author", "B. Author"),
            "Test document",
            List.of("test", "fixture"),
            "en",
            Instant.parse("2014-06-25T00:00:00Z"),
            "analyst",
            "Analyst brief"),
        new PageSetup(PaperSize.A4, 20, 18, 20, 18, Optional.empty()),
        new Theme(
            FontFamily.NOTO_SANS,
            FontFamily.NOTO_SERIF,
            10f,
            Rgb.hex("#1A1A1A"),
            Rgb.hex("#0B3D91"),
            Rgb.hex("#5F6B7A"),
            Rgb.hex("#C8CDD5"),
            Optional.empty(),
            30f),
        new Furniture(
            "INTERNAL",
            Rgb.hex("#B00020"),
            "Kitchen sink brief",
            "Test series \u00b7 information as of 25 June 2014",
            true,
            true),
        blocks);
  }

  private static Cell stanceCell(String label, String summary, String fill) {
    return new Cell(
        List.of(List.of(Span.bold(label)), List.of(Span.text(summary))),
        Optional.of(Rgb.hex(fill)),
        Optional.empty(),
        Align.LEFT,
        1);
  }
}
