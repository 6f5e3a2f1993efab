package dev.briefsmith.render.docx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The package the renderer writes: relationships, content types, pictures, what it refuses. */
class WordPackageTest {
  private static final Instant TIME = Instant.parse("2024-05-01T00:00:00Z");

  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), new String(in.readAllBytes(), UTF_8));
      }
    }
    return out;
  }

  private static WordPackage minimal() {
    WordPackage word = new WordPackage();
    word.put(WordPackage.DOCUMENT, "application/main+xml", "<w:document/>".getBytes(UTF_8));
    word.put(WordPackage.APP, "application/app+xml", "<Properties/>".getBytes(UTF_8));
    word.put(WordPackage.CORE, "application/core+xml", "<cp:coreProperties/>".getBytes(UTF_8));
    return word;
  }

  @Test
  void relationshipsAreNumberedPerPartWithTargetsRelativeToItsFolder() throws IOException {
    WordPackage word = minimal();
    assertThat(word.relateFromDocument("word/settings.xml", "settings")).isEqualTo("rId1");
    assertThat(word.relateFromDocument("word/fontTable.xml", "fontTable")).isEqualTo("rId2");
    assertThat(word.relate("word/fontTable.xml", "word/fonts/font1.odttf", "font"))
        .isEqualTo("rId1");
    word.put("word/settings.xml", "application/settings+xml", "<w:settings/>".getBytes(UTF_8));
    word.put("word/fontTable.xml", "application/fonts+xml", "<w:fonts/>".getBytes(UTF_8));
    word.put("word/fonts/font1.odttf", "application/font", new byte[] {1, 2, 3});
    Map<String, String> zip = entries(word.zip(TIME));
    assertThat(zip.get("_rels/.rels"))
        .contains("Id=\"rId1\" Target=\"word/document.xml\"")
        .contains("Id=\"rId3\" Target=\"docProps/core.xml\"");
    assertThat(zip.get("word/_rels/document.xml.rels"))
        .contains("<Relationship Id=\"rId1\" Target=\"settings.xml\"")
        .contains("<Relationship Id=\"rId2\" Target=\"fontTable.xml\"");
    assertThat(zip.get("word/_rels/fontTable.xml.rels"))
        .contains("<Relationship Id=\"rId1\" Target=\"fonts/font1.odttf\" Type=\"font\"/>");
    assertThat(zip.keySet().iterator().next()).isEqualTo("[Content_Types].xml");
  }

  @Test
  void relationshipsAreListedByIdAsText() throws IOException {
    WordPackage word = minimal();
    for (int i = 1; i <= 11; i++) {
      String entry = "word/part" + i + ".xml";
      word.put(entry, "application/part+xml", "<p/>".getBytes(UTF_8));
      word.relateFromDocument(entry, "part");
    }
    String rels = entries(word.zip(TIME)).get("word/_rels/document.xml.rels");
    // as POI lists them: rId1, rId10, rId11, rId2, ...
    assertThat(rels.indexOf("\"rId10\""))
        .isBetween(rels.indexOf("\"rId1\""), rels.indexOf("\"rId2\""));
  }

  @Test
  void contentTypesTakeDefaultsByExtensionAndOverridesForTheXmlParts() throws IOException {
    WordPackage word = minimal();
    String first = word.addPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
    String again = word.addPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
    String other = word.addPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    Map<String, String> zip = entries(word.zip(TIME));
    assertThat(zip).containsKeys("word/media/image1.png", "word/media/image2.png");
    assertThat(zip).doesNotContainKey("word/media/image3.png");
    String types = zip.get("[Content_Types].xml");
    assertThat(types)
        .contains("<Default ContentType=\"image/png\" Extension=\"png\"/>")
        .contains("<Default ContentType=\"application/xml\" Extension=\"xml\"/>")
        .contains(
            "<Override ContentType=\"application/main+xml\" PartName=\"/word/document.xml\"/>")
        .doesNotContain("PartName=\"/word/media/image1.png\"");
    assertThat(types.indexOf("/docProps/app.xml")).isLessThan(types.indexOf("/word/document.xml"));
  }

  @Test
  void aRelationshipToAPartThePackageLacksIsAnErrorNotABrokenFile() {
    WordPackage word = minimal();
    word.relateFromDocument("word/header1.xml", "header");
    assertThatThrownBy(() -> word.zip(TIME))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("header1.xml");
    assertThatThrownBy(() -> word.relate("word/fontTable.xml", "docProps/x.xml", "other"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDocumentDeclaresTheDrawingNamespaceOnlyWhenItHoldsAPicture() {
    WordPackage word = new WordPackage();
    String plain = new String(WordPackage.xml(word.document(new Element("w:body"))), UTF_8);
    assertThat(plain).doesNotContain("xmlns:wp").contains("xmlns:w=").contains("xmlns:r=");
    word.addPicture(new byte[] {1});
    String pictured = new String(WordPackage.xml(word.document(new Element("w:body"))), UTF_8);
    assertThat(pictured).contains("xmlns:wp=");
    assertThat(pictured).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document ");
  }
}
