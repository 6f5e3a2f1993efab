package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.cli.CliRun;
import dev.briefsmith.render.Checkers;
import dev.briefsmith.render.StructureTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point 9: one merged PDF per audience of the briefs built in the run, a bookmark per brief. */
class DigestTest {
  @TempDir Path dir;

  private static final BatchOptions DIGEST =
      new BatchOptions(false, 2, false, false, true, Shard.ALL);

  @Test
  void eachAudienceGetsOneMergedPdfWithABookmarkPerBrief() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 3);
    BuildReport r = f.build(DIGEST);
    assertThat(r.digests()).hasSize(3);
    for (String audience : List.of("analyst", "executive", "public")) {
      Path digest = f.out.resolve("digest").resolve(audience + ".pdf");
      int pages = 0;
      List<String> titles = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        Path pdf =
            f.out.resolve(BatchFixture.id(i)).resolve(BatchFixture.id(i) + "." + audience + ".pdf");
        pages += Outputs.pdfPages(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
          titles.add(doc.getDocumentInformation().getTitle());
        }
      }
      try (PDDocument doc = Loader.loadPDF(digest.toFile())) {
        assertThat(doc.getNumberOfPages()).isEqualTo(pages);
        List<String> bookmarks = new ArrayList<>();
        int expectedPage = 0;
        int n = 0;
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
          bookmarks.add(item.getTitle());
          assertThat(doc.getPages().indexOf(item.findDestinationPage(doc)))
              .as(item.getTitle())
              .isEqualTo(expectedPage);
          n++;
          Path pdf =
              f.out
                  .resolve(BatchFixture.id(n))
                  .resolve(BatchFixture.id(n) + "." + audience + ".pdf");
          expectedPage += Outputs.pdfPages(pdf);
        }
        assertThat(bookmarks).isEqualTo(titles);
      }
    }
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.digests())
        .extracting(Manifest.Digest::path)
        .containsExactly("digest/analyst.pdf", "digest/executive.pdf", "digest/public.pdf");
    assertThat(m.digests().get(0).briefs())
        .containsExactly(BatchFixture.id(1), BatchFixture.id(2), BatchFixture.id(3));
  }

  @Test
  void theDigestKeepsItsPartsTagsAndIsPdfUa1AndPdfA2a() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 2);
    f.build(DIGEST);
    List<Path> digests = new ArrayList<>();
    for (String audience : List.of("analyst", "executive", "public")) {
      Path digest = f.out.resolve("digest").resolve(audience + ".pdf");
      digests.add(digest);
      // one Part per brief, in the digest's order, each with its own headings
      List<String> titles = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        Path pdf =
            f.out.resolve(BatchFixture.id(i)).resolve(BatchFixture.id(i) + "." + audience + ".pdf");
        titles.add(StructureTree.read(pdf).root().all("H1").get(0).text().strip());
      }
      StructureTree tree = StructureTree.read(digest);
      assertThat(tree.root().all("Part")).hasSize(2);
      assertThat(tree.root().all("H1").stream().map(h -> h.text().strip()).toList())
          .isEqualTo(titles);
      assertThat(tree.taggedCharacters()).isPositive();
    }
    Path work = Files.createDirectories(dir.resolve("verapdf"));
    for (String flavour : List.of("ua1", "2a")) {
      Map<Path, Checkers.Verdict> verdicts =
          Checkers.veraPdf(flavour, digests, work.resolve(flavour));
      for (Path d : digests) {
        assertThat(verdicts.get(d).compliant())
            .as(flavour + " " + d + "\n" + verdicts.get(d).detail())
            .isTrue();
      }
    }
  }

  @Test
  void tonightsDigestHoldsOnlyTheBriefsBuiltTonight() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 3);
    f.build(DIGEST);
    Path digest = f.out.resolve("digest/public.pdf");
    String before = Hashing.file(digest);

    List<String> log = new ArrayList<>();
    BuildReport nothing = f.build(DIGEST, log);
    assertThat(nothing.digests()).isEmpty();
    assertThat(Hashing.file(digest)).as("left as it was").isEqualTo(before);
    assertThat(log).anyMatch(l -> l.startsWith("kept " + digest + ": no brief was built"));

    Path brief = f.brief(2);
    Files.writeString(brief, Files.readString(brief).replace("Synthetic briefs", "Edited"));
    f.build(DIGEST);
    try (PDDocument doc = Loader.loadPDF(digest.toFile())) {
      List<String> bookmarks = new ArrayList<>();
      doc.getDocumentCatalog()
          .getDocumentOutline()
          .children()
          .forEach(i -> bookmarks.add(i.getTitle()));
      assertThat(bookmarks).hasSize(1);
    }
    Manifest m = Manifest.fromJson(Files.readAllBytes(f.out.resolve("manifest.json")));
    assertThat(m.digests())
        .allSatisfy(d -> assertThat(d.briefs()).containsExactly(BatchFixture.id(2)));
  }

  @Test
  void digestNeedsThePdfFormat() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    CliRun run = CliRun.of(f.args("--digest", "--format", "docx").toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--digest merges PDF files; add pdf to --format");
  }
}
