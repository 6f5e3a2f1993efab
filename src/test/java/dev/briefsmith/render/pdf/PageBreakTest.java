package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Cell;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.Document.Row;
import dev.briefsmith.compose.Document.Table;
import dev.briefsmith.compose.Document.TableStyle;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.render.Fonts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Page-break rules, checked at every position on the page: filler paragraphs push the block under
 * test down the page one line at a time, through a whole page.
 */
class PageBreakTest {
  private static final PdfRenderer RENDERER = new PdfRenderer(new Fonts());
  private static final Pattern TOKEN = Pattern.compile("\\bw\\d{3}\\b");
  private static final int POSITIONS = 36;

  @Test
  void keepsAHeadingWithTheStartOfTheNextParagraph() throws IOException {
    for (int k = 0; k < POSITIONS; k++) {
      List<String> pages =
          render(
              k,
              false,
              blocks -> {
                blocks.add(new Heading(2, "Marker heading", "marker"));
                blocks.add(Paragraph.of("Follower " + Briefs.sentences("Next", 5), ParaStyle.BODY));
              });
      assertThat(pageOf(pages, "Marker heading"))
          .as("position %d", k)
          .isEqualTo(pageOf(pages, "Follower"));
    }
  }

  @Test
  void keepsAHeadingWithTheHeaderAndFirstRowOfATable() throws IOException {
    for (int k = 0; k < POSITIONS; k++) {
      List<String> pages =
          render(
              k,
              false,
              blocks -> {
                blocks.add(new Heading(2, "Marker heading", "marker"));
                List<Row> body = new ArrayList<>();
                for (int r = 1; r <= 6; r++) {
                  body.add(new Row(List.of(Cell.of("row" + r + " first"), Cell.of("two\nlines"))));
                }
                blocks.add(
                    new Table(
                        List.of(1f, 1f),
                        List.of(new Row(List.of(Cell.of("ColumnA"), Cell.of("ColumnB")))),
                        body,
                        TableStyle.RULED,
                        true,
                        0.9f,
                        Optional.of("Caption.")));
              });
      int heading = pageOf(pages, "Marker heading");
      assertThat(pageOf(pages, "ColumnA")).as("position %d", k).isEqualTo(heading);
      assertThat(pageOf(pages, "row1 first")).as("position %d", k).isEqualTo(heading);
    }
  }

  @Test
  void keepsAQuotationWithItsAttribution() throws IOException {
    for (int k = 0; k < POSITIONS; k++) {
      List<String> pages =
          render(
              k,
              false,
              blocks -> {
                blocks.add(
                    Paragraph.of(
                        "Quoted " + Briefs.sentences("Quote", 2) + " Unquoted", ParaStyle.QUOTE));
                blocks.add(Paragraph.of("Said by someone", ParaStyle.ATTRIBUTION));
              });
      int quote = pageOf(pages, "Quoted");
      assertThat(pageOf(pages, "Unquoted")).as("position %d", k).isEqualTo(quote);
      assertThat(pageOf(pages, "Said by someone")).as("position %d", k).isEqualTo(quote);
    }
  }

  @Test
  void leavesNoWidowsOrOrphans() throws IOException {
    int splits = 0;
    for (boolean shift : new boolean[] {false, true}) {
      for (int k = 0; k < POSITIONS; k++) {
        for (int lines : new int[] {3, 4, 7}) {
          int words = lines * 18 - 4;
          List<String> pages =
              render(
                  k,
                  shift,
                  blocks -> {
                    StringBuilder text = new StringBuilder();
                    for (int w = 1; w <= words; w++) {
                      text.append(String.format(java.util.Locale.ROOT, "w%03d ", w));
                    }
                    blocks.add(Paragraph.of(text.toString().strip(), ParaStyle.BODY));
                    blocks.add(Paragraph.of("After.", ParaStyle.BODY));
                  });
          List<Long> perPage =
              pages.stream()
                  .map(page -> page.lines().filter(l -> TOKEN.matcher(l).find()).count())
                  .filter(n -> n > 0)
                  .toList();
          assertThat(perPage.stream().mapToLong(Long::longValue).sum())
              .as("lines of the paragraph, position %d", k)
              .isGreaterThanOrEqualTo(lines);
          if (perPage.size() > 1) {
            splits++;
            assertThat(perPage)
                .as("lines per page of a %d-line paragraph, position %d/%b", lines, k, shift)
                .allMatch(n -> n >= 2);
          }
        }
      }
    }
    assertThat(splits).as("paragraphs that run over a page").isGreaterThan(10);
  }

  /** The pages' text of {@code k} one-line filler paragraphs, then the blocks under test. */
  private static List<String> render(int k, boolean shift, Consumer<List<Block>> test)
      throws IOException {
    List<Block> blocks = new ArrayList<>();
    if (shift) {
      blocks.add(Paragraph.of("A small paragraph shifts the lines.", ParaStyle.SMALL));
    }
    for (int i = 0; i < k; i++) {
      blocks.add(Paragraph.of("Filler " + i + ".", ParaStyle.BODY));
    }
    test.accept(blocks);
    byte[] pdf = RENDERER.render(Briefs.document(blocks, "Breaks", false)).bytes();
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
    }
    return pages;
  }

  private static int pageOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("\"" + text + "\" is on no page");
  }
}
