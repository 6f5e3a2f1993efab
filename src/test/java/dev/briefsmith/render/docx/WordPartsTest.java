package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefsmith.render.BrokenFiles;
import dev.briefsmith.render.DocumentFixtures;
import dev.briefsmith.render.Fonts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A Word package's styles and theme, found by relation, as POI's document model finds them. */
class WordPartsTest {
  private static final byte[] HOUSE = read(Path.of("templates/public/house-style.docx"));

  @Test
  void findsTheStylesAndThemeThatPoisDocumentModelFinds() throws Exception {
    byte[] ours =
        new DocxRenderer(new Fonts()).render(DocumentFixtures.kitchenSink(), Optional.empty());
    for (byte[] docx : List.of(HOUSE, ours)) {
      try (WordParts parts = WordParts.open(docx);
          XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
        assertThat(parts.styles()).hasValue(bytes(poi.getStyles().getPackagePart()));
        if (poi.getTheme() == null) {
          assertThat(parts.theme()).isEmpty();
        } else {
          assertThat(parts.theme()).hasValue(bytes(poi.getTheme().getPackagePart()));
        }
        assertThat(parts.parts()).hasSameSizeAs(poi.getPackage().getParts());
      }
    }
  }

  @Test
  void refusesAPackageWhoseMainPartIsNotAWordDocument() throws Exception {
    byte[] sheet =
        BrokenFiles.rezip(
            HOUSE,
            "[Content_Types].xml",
            ct -> ct.replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml"));
    assertThatThrownBy(() -> WordParts.open(sheet))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessage(
            "its main part is application/vnd.openxmlformats-officedocument.spreadsheetml"
                + ".sheet.main+xml, not a Word document");
  }

  @Test
  void refusesADocumentThatNamesAStylesPartItDoesNotHold() throws Exception {
    byte[] without = BrokenFiles.rezip(HOUSE, "word/styles.xml", null);
    try (WordParts parts = WordParts.open(without)) {
      assertThatThrownBy(parts::styles)
          .isInstanceOf(InvalidFormatException.class)
          .hasMessageStartingWith("its document names a part it does not hold: ")
          .hasMessageContaining("styles.xml");
    }
  }

  private static byte[] bytes(PackagePart part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
