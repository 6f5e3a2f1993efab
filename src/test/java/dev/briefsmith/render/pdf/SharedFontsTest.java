package dev.briefsmith.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefsmith.audience.TemplateLoader;
import dev.briefsmith.compose.Composer;
import dev.briefsmith.compose.Document;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.Callout;
import dev.briefsmith.compose.Document.Contents;
import dev.briefsmith.compose.Document.ContentsEntry;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.ParaStyle;
import dev.briefsmith.compose.Rgb;
import dev.briefsmith.content.BriefLoader;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import dev.briefsmith.render.HouseFontFixtures;
import dev.briefsmith.render.RestrictedAudience;
import dev.briefsmith.select.Selector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One renderer's parsed fonts are shared by its renderings and their threads, and a document's
 * bytes stay those it gets from a renderer of its own: the same subset tags and subsets whichever
 * documents the renderer makes before it or at the same time.
 */
class SharedFontsTest {
  private static final Fonts FONTS = new Fonts();
  private static List<Document> documents;
  private static List<byte[]> alone;

  @BeforeAll
  static void renderEachAlone() throws Exception {
    FontFamily house = HouseFontFixtures.dejaVuSerif();
    documents =
        List.of(
            DocumentFixtures.kitchenSink(),
            Briefs.withMasthead(),
            Briefs.stress(),
            HouseFontFixtures.withFonts(DocumentFixtures.kitchenSink(), house, house),
            compose("content/iraq-us-iran-2014.yaml", "analyst"),
            compose("content/iraq-us-iran-2014.yaml", "public"));
    alone = new ArrayList<>();
    for (Document d : documents) {
      alone.add(new PdfRenderer(FONTS).render(d).bytes());
    }
  }

  @Test
  void aDocumentGetsTheBytesItGetsAloneAfterOtherDocuments() {
    PdfRenderer shared = new PdfRenderer(FONTS);
    // each document after every other one, and twice: the fonts were parsed by earlier renderings
    for (int round = 0; round < 2; round++) {
      for (int i = documents.size() - 1; i >= 0; i--) {
        assertThat(shared.render(documents.get(i)).bytes())
            .as("document %d", i)
            .isEqualTo(alone.get(i));
      }
    }
  }

  @Test
  void documentsRenderedAtOnceInTwoThreadsGetTheBytesTheyGetAlone() throws Exception {
    PdfRenderer shared = new PdfRenderer(FONTS);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier together = new CyclicBarrier(2);
    try {
      List<Future<List<byte[]>>> threads = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int offset = t;
        threads.add(
            pool.submit(
                () -> {
                  List<byte[]> made = new ArrayList<>();
                  // the two threads start each rendering together, on different documents
                  for (int i = 0; i < documents.size(); i++) {
                    together.await();
                    made.add(shared.render(documents.get((i + offset) % documents.size())).bytes());
                  }
                  return made;
                }));
      }
      for (int t = 0; t < 2; t++) {
        List<byte[]> made = threads.get(t).get();
        for (int i = 0; i < documents.size(); i++) {
          int d = (i + t) % documents.size();
          assertThat(made.get(i)).as("thread %d, document %d", t, d).isEqualTo(alone.get(d));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theHeadingPagesFoundWithoutTheFileAreThoseOfTheFile(@TempDir Path work) throws Exception {
    EmbeddedFonts fonts = new EmbeddedFonts(FONTS);
    var painter = new dev.briefsmith.render.chart.StanceChartPainter(FONTS);
    List<Document> withContents = new ArrayList<>(documents);
    // an audience cleared for restricted items, as the build test makes it: the canary brief's
    // last heading then falls near a page's foot, and what follows it decides its page
    Path restricted = RestrictedAudience.copyInto(work);
    withContents.add(compose("src/test/resources/briefs/canary/canary-brief.yaml", restricted));
    // a heading in a box is found by a written layout rather than a simulated one
    Document boxed = withAHeadingInABox();
    withContents.add(boxed);
    for (String brief :
        List.of(
            "src/test/resources/briefs/valid/arctic-shipping-2031.yaml",
            "src/test/resources/briefs/many-sides/federal-water-council-2033.yaml",
            "src/test/resources/briefs/rtl/sepidan-river-2030.yaml")) {
      withContents.add(compose(brief, "analyst"));
    }
    int checked = 0;
    for (Document d : withContents) {
      var file =
          new PdfLayout(fonts, painter, d, java.util.Map.of(), new Measures())
              .render()
              .headingPages();
      var found =
          new PdfLayout(fonts, painter, d, java.util.Map.of(), new Measures()).headingPages();
      assertThat(found).as(d.metadata().title()).containsExactlyEntriesOf(file);
      checked += file.isEmpty() ? 0 : 1;
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
    assertThat(
            new PdfLayout(fonts, painter, boxed, java.util.Map.of(), new Measures()).headingPages())
        .containsKeys("section-1", "boxed", "section-4");
  }

  /**
   * What a Word file alone is given for its table of contents: the pages the PDF's contents print,
   * found without the file; nothing for a document without a table of contents.
   */
  @Test
  void theRendererGivesTheContentsPagesWithoutTheFile() {
    PdfRenderer renderer = new PdfRenderer(FONTS);
    Document analyst = documents.get(4);
    Document publicEdition = documents.get(5);
    assertThat(analyst.blocks()).anyMatch(b -> b instanceof Contents);
    assertThat(publicEdition.blocks()).noneMatch(b -> b instanceof Contents);
    assertThat(renderer.headingPages(analyst))
        .hasSizeGreaterThan(5)
        .containsExactlyEntriesOf(renderer.render(analyst).headingPages());
    assertThat(renderer.headingPages(withAHeadingInABox()))
        .containsExactlyEntriesOf(renderer.render(withAHeadingInABox()).headingPages());
    assertThat(renderer.headingPages(publicEdition)).isEmpty();
  }

  @Test
  void subsetTagsFollowTheSequenceOfTheDocumentOnThisThread() throws Exception {
    SubsetTags tags = new SubsetTags();
    assertThatThrownBy(tags::nextDouble)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside");
    byte[] expected = new byte[8];
    new SplittableRandom(42).nextBytes(expected);
    byte[] other = new byte[8];
    new SplittableRandom(7).nextBytes(other);
    SubsetTags.Scope outer = tags.begin(42);
    SubsetTags.Scope inner = tags.begin(7);
    byte[] drawn = new byte[8];
    tags.nextBytes(drawn);
    assertThat(drawn).isEqualTo(other);
    inner.close();
    // another thread has no sequence of its own
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> elsewhere = pool.submit(() -> tags.nextDouble());
      assertThatThrownBy(elsewhere::get).hasCauseInstanceOf(IllegalStateException.class);
    } finally {
      pool.shutdownNow();
    }
    // the outer sequence resumes where it was, untouched by the inner one
    tags.nextBytes(drawn);
    assertThat(drawn).isEqualTo(expected);
    outer.close();
    assertThatThrownBy(tags::nextDouble).isInstanceOf(IllegalStateException.class);
  }

  /** A brief with a table of contents and a heading inside a callout. */
  private static Document withAHeadingInABox() {
    Document base = Briefs.withMasthead();
    List<Block> blocks = new ArrayList<>(base.blocks());
    blocks.add(
        1,
        new Contents(
            List.of(
                new ContentsEntry(1, "Section 1", "section-1"),
                new ContentsEntry(2, "Boxed", "boxed"),
                new ContentsEntry(1, "Section 4", "section-4"))));
    blocks.add(
        blocks.size() - 3,
        new Callout(
            Optional.of("A box"),
            List.of(
                new Heading(2, "Boxed", "boxed"),
                Paragraph.of("A paragraph inside the box.", ParaStyle.BODY)),
            Rgb.hex("#F2F4F7"),
            Rgb.hex("#8A94A6")));
    return Briefs.document(blocks, base.metadata().title(), false);
  }

  private static Document compose(String brief, String audience) throws Exception {
    return compose(brief, Path.of("templates", audience));
  }

  private static Document compose(String brief, Path template) throws Exception {
    var t = new TemplateLoader().load(template).value().orElseThrow();
    return new Composer()
        .compose(
            Selector.select(new BriefLoader().load(Path.of(brief)).orThrow(), t.maxSensitivity()),
            t,
            Instant.parse("2024-05-01T00:00:00Z"));
  }
}
