package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.yaml.LoadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of Word files alone lays out no PDF in full: a Word file needs only the pages its table
 * of contents prints, which a layout up to the last heading finds. Its files are the ones a build
 * of both formats makes, and a page budget still counts the PDF's pages.
 */
class WordAloneTest {
  @TempDir Path dir;

  /** Every full PDF layout, by the path that PDF would have. */
  private static final class Layouts implements Builder.Faults {
    final List<String> laidOut = new ArrayList<>();

    @Override
    public void writing(Path target) {}

    @Override
    public synchronized void layingOut(Path pdf) {
      laidOut.add(pdf.getFileName().toString());
    }
  }

  private static BuildRequest request(BatchFixture f, Set<Format> formats) {
    return new BuildRequest(
        List.of(),
        f.content,
        f.templates,
        f.out,
        Set.of(),
        EnumSet.copyOf(formats),
        LoadLimits.DEFAULT,
        BatchFixture.options());
  }

  private static BuildReport build(BatchFixture f, Set<Format> formats, Layouts layouts)
      throws Exception {
    return BatchFixture.builder(Map.of(), BatchFixture.PROGRAM)
        .withFaults(layouts)
        .run(request(f, formats), line -> {});
  }

  @Test
  void wordFilesAloneLayOutNoPdfAndAreTheFilesABuildOfBothMakes() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 2);
    Layouts alone = new Layouts();
    BuildReport r = build(f, Set.of(Format.DOCX), alone);
    assertThat(r.ok()).as(r.errors().toString()).isTrue();
    assertThat(r.written()).hasSize(6);
    assertThat(alone.laidOut)
        .as("only the executive's PDFs, whose pages its budget counts (page.max_pages)")
        .containsExactlyInAnyOrder(
            "synthetic-00001.executive.pdf", "synthetic-00002.executive.pdf");
    Map<String, String> wordAlone = f.hashes();

    BatchFixture both = f.withOut(dir.resolve("both"));
    Layouts layouts = new Layouts();
    assertThat(build(both, Set.of(Format.PDF, Format.DOCX), layouts).ok()).isTrue();
    assertThat(layouts.laidOut)
        .as("the seam sees every PDF a build makes")
        .containsExactlyInAnyOrder(
            "synthetic-00001.analyst.pdf",
            "synthetic-00001.executive.pdf",
            "synthetic-00001.public.pdf",
            "synthetic-00002.analyst.pdf",
            "synthetic-00002.executive.pdf",
            "synthetic-00002.public.pdf");
    Map<String, String> wordOfBoth = new TreeMap<>(both.hashes());
    wordOfBoth.keySet().removeIf(k -> !k.endsWith(".docx"));
    wordAlone.keySet().removeIf(k -> !k.endsWith(".docx"));
    assertThat(wordAlone).hasSize(6).isEqualTo(wordOfBoth);
    // the analyst brief has a table of contents, whose page numbers the Word file carries
    assertThat(
            documentXml(
                f.out.resolve(BatchFixture.id(1)).resolve(BatchFixture.id(1) + ".analyst.docx")))
        .contains("PAGEREF");
  }

  private static String documentXml(Path docx) throws java.io.IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPageBudgetStillCountsThePdfsPagesWhenOnlyWordIsBuilt() throws Exception {
    BatchFixture f = BatchFixture.create(dir, 1);
    Path yaml = f.templates.resolve("analyst").resolve("template.yaml");
    Files.writeString(
        yaml, Files.readString(yaml).replace("  size: A4\n", "  size: A4\n  max_pages: 1\n"));
    Layouts layouts = new Layouts();
    BuildReport r = build(f, Set.of(Format.DOCX), layouts);

    assertThat(layouts.laidOut)
        .containsExactlyInAnyOrder("synthetic-00001.analyst.pdf", "synthetic-00001.executive.pdf");
    assertThat(r.failedBriefs()).isEqualTo(1);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .contains("over the audience's budget of 1 (page.max_pages"));
    assertThat(r.written())
        .extracting(o -> o.file().getFileName().toString())
        .containsExactlyInAnyOrder("synthetic-00001.executive.docx", "synthetic-00001.public.docx");
  }
}
