package dev.briefsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.render.Fonts;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No heading is left alone at the foot of a page: in every audience of every test brief, the page a
 * heading is on (by its bookmark) also holds the start of what follows it.
 */
class HeadingFlowTest {
  @TempDir static Path work;
  static Path out;

  @BeforeAll
  static void build() throws Exception {
    Path content = Files.createDirectories(work.resolve("content"));
    Files.copy(
        Path.of("content/iraq-us-iran-2014.yaml"), content.resolve("iraq-us-iran-2014.yaml"));
    for (String dir : List.of("valid", "many-sides", "scripts", "canary")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/briefs", dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
          Files.copy(f, content.resolve(f.getFileName()));
        }
      }
    }
    out = work.resolve("out");
    BuildReport report =
        new Builder(new Fonts(), Map.of())
            .run(
                new BuildRequest(
                    List.of(),
                    content,
                    Path.of("templates"),
                    out,
                    Set.of(),
                    EnumSet.of(Format.PDF),
                    LoadLimits.DEFAULT,
                    new BatchOptions(false, 2, false, false, false, Shard.ALL)),
                line -> {});
    assertThat(report.ok()).as(report.errors().toString()).isTrue();
  }

  static List<Path> pdfs() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  @Test
  void everyHeadingsPageAlsoHoldsTheStartOfWhatFollowsIt() throws IOException {
    List<String> alone = new ArrayList<>();
    int headings = 0;
    for (Path pdf : pdfs()) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        List<List<String>> pages = pageLines(doc);
        Set<String> furniture = furniture(pages);
        for (PDOutlineItem item : items(doc.getDocumentCatalog().getDocumentOutline())) {
          if (item.findDestinationPage(doc) == null) {
            continue;
          }
          headings++;
          int page = doc.getPages().indexOf(item.findDestinationPage(doc));
          List<String> lines =
              pages.get(page).stream().filter(l -> !furniture.contains(l)).toList();
          String title = item.getTitle().strip();
          int at = -1;
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(title)
                || (lines.get(i).length() > 12 && title.startsWith(lines.get(i)))) {
              at = i;
            }
          }
          if (at >= 0 && at == lines.size() - 1) {
            alone.add(pdf.getFileName() + " page " + (page + 1) + ": \"" + title + "\"");
          }
        }
      }
    }
    assertThat(headings).as("headings checked").isGreaterThan(100);
    assertThat(alone).as("headings alone at the foot of their page").isEmpty();
  }

  @Test
  void theRunningHeadHasTheWholeTitleWhereTheBannerHasALineOfItsOwn() throws IOException {
    for (String audience : List.of("analyst", "executive")) {
      Path pdf = out.resolve("iraq-us-iran-2014/iraq-us-iran-2014." + audience + ".pdf");
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        List<String> page = pageLines(doc).get(1);
        // as in the Word file: the whole title (the banner above it where the margin has room,
        // else beside it), never cut at the page's middle
        assertThat(page)
            .as(audience)
            .anyMatch(l -> l.contains("Iraq, ISIS and the question of US-Iran cooperation"))
            .noneMatch(l -> l.contains("\u2026"));
      }
    }
  }

  /** Each page's lines in reading order. */
  private static List<List<String>> pageLines(PDDocument doc) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    List<List<String>> pages = new ArrayList<>();
    for (int p = 1; p <= doc.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      pages.add(
          stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
    return pages;
  }

  /** Lines on most pages (running heads, footers) and page numbers. */
  private static Set<String> furniture(List<List<String>> pages) {
    Map<String, Integer> counts = new HashMap<>();
    pages.forEach(p -> p.stream().distinct().forEach(l -> counts.merge(l, 1, Integer::sum)));
    Set<String> out = new java.util.HashSet<>();
    counts.forEach(
        (line, n) -> {
          if (pages.size() > 2 && n >= pages.size() - 1) {
            out.add(line);
          }
        });
    pages.forEach(
        p -> p.stream().filter(l -> l.matches(".*Page \\d+ of \\d+.*")).forEach(out::add));
    return out;
  }

  private static List<PDOutlineItem> items(PDOutlineNode node) {
    List<PDOutlineItem> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    for (PDOutlineItem child : node.children()) {
      out.add(child);
      out.addAll(items(child));
    }
    return out;
  }
}
