package dev.briefsmith.audience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.image.TestImages;
import dev.briefsmith.render.HouseFontFixtures;
import dev.briefsmith.yaml.Loaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** House fonts in a template: the files a theme names, checked when the template loads. */
class HouseFontsTest {
  private final TemplateLoader loader = new TemplateLoader();

  @TempDir Path dir;

  @Test
  void aMapOfFontFilesMakesAHouseFamilyWithItsMissingStylesSynthesised() throws IOException {
    Loaded<AudienceTemplate> t =
        load(
            "ok",
            "{regular: fonts/House-Regular.ttf, bold: fonts/House-Bold.ttf}",
            Map.of(
                "fonts/House-Regular.ttf", HouseFontFixtures.regular(),
                "fonts/House-Bold.ttf", HouseFontFixtures.bold()));
    assertThat(t.diagnostics()).isEmpty();
    FontFamily body = t.value().orElseThrow().theme().bodyFont();
    assertThat(body.isHouse()).isTrue();
    assertThat(body.displayName()).isEqualTo("DejaVu Serif");
    assertThat(body.isSerif()).isTrue();
    assertThat(body.subsettable()).isTrue();
    assertThat(body.fallback()).isEqualTo(FontFamily.NOTO_SERIF);
    assertThat(body.ownStyles()).containsExactly(FontFamily.Style.REGULAR, FontFamily.Style.BOLD);
    // bold italic is the bold face slanted; italic the regular face slanted
    FontFamily.Face boldItalic = body.face(true, true);
    assertThat(boldItalic.fileName()).isEqualTo("House-Bold.ttf");
    assertThat(boldItalic.fakeBold()).isFalse();
    assertThat(boldItalic.fakeItalic()).isTrue();
    assertThat(body.face(false, true).fileName()).isEqualTo("House-Regular.ttf");
    assertThat(body.face(false, false).fakeItalic()).isFalse();
    assertThat(body.houseFile(false, false).orElseThrow().bytes())
        .isEqualTo(HouseFontFixtures.regular());
    // the heading font is still the bundled one the template names
    assertThat(t.value().orElseThrow().theme().headingFont()).isEqualTo(FontFamily.NOTO_SERIF);
  }

  @Test
  void theSameFilesMakeEqualFamilies() throws IOException {
    Map<String, byte[]> files = Map.of("r.ttf", HouseFontFixtures.regular());
    FontFamily a = load("a", "{regular: r.ttf}", files).value().orElseThrow().theme().bodyFont();
    FontFamily b = load("b", "{regular: r.ttf}", files).value().orElseThrow().theme().bodyFont();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.face(false, false).key()).isEqualTo(b.face(false, false).key());
  }

  @Test
  void aFontWhoseLicenceForbidsEmbeddingIsRefusedAtItsLineAndColumn() throws IOException {
    byte[] restricted = HouseFontFixtures.withFsType(HouseFontFixtures.regular(), 0x0002);
    Loaded<AudienceTemplate> t =
        load("restricted", "{regular: fonts/House.ttf}", Map.of("fonts/House.ttf", restricted));
    assertThat(t.valid()).isFalse();
    assertThat(messages(t))
        .containsExactly(
            "template.yaml:30:24: error: theme.body_font.regular: \"fonts/House.ttf\" has a"
                + " licence that forbids embedding it (OS/2 fsType 0x0002: restricted licence"
                + " embedding), and every PDF and Word file Briefsmith makes embeds its fonts; ask"
                + " the foundry for an embeddable licence or use a bundled font");
  }

  @Test
  void theLicenceBitsAreReadAsTheOpenTypeSpecSays() throws IOException {
    byte[] regular = HouseFontFixtures.regular();
    // preview & print, editable: embeddable; with restricted too, the least restrictive bit wins
    for (int fsType : new int[] {0x0004, 0x0008, 0x0006, 0x000A}) {
      Loaded<AudienceTemplate> t =
          load(
              "ok" + fsType,
              "{regular: r.ttf}",
              Map.of("r.ttf", HouseFontFixtures.withFsType(regular, fsType)));
      assertThat(t.diagnostics()).as("fsType %04x", fsType).isEmpty();
      assertThat(t.value().orElseThrow().theme().bodyFont().subsettable()).isTrue();
    }
    // no subsetting: accepted, embedded whole
    Loaded<AudienceTemplate> whole =
        load(
            "whole",
            "{regular: r.ttf}",
            Map.of("r.ttf", HouseFontFixtures.withFsType(regular, 0x0100)));
    assertThat(whole.diagnostics()).isEmpty();
    assertThat(whole.value().orElseThrow().theme().bodyFont().subsettable()).isFalse();
    // bitmap embedding only: the outlines may not be embedded
    Loaded<AudienceTemplate> bitmap =
        load(
            "bitmap",
            "{regular: r.ttf}",
            Map.of("r.ttf", HouseFontFixtures.withFsType(regular, 0x0200)));
    assertThat(messages(bitmap))
        .singleElement()
        .asString()
        .contains(
            "theme.body_font.regular: \"r.ttf\" has a licence that allows embedding only its"
                + " bitmaps (OS/2 fsType 0x0200");
  }

  @Test
  void filesThatAreNotFontsAreRefusedWithWhatIsWrong() throws IOException {
    byte[] font = HouseFontFixtures.regular();
    byte[] otto = font.clone();
    System.arraycopy("OTTO".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, otto, 0, 4);
    byte[] noOs2 = font.clone();
    renameTable(noOs2, "OS/2", "XS/2");
    Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
    cases.put(
        "is not a TrueType or OpenType font (it does not start with an sfnt header)",
        TestImages.png(8, 8));
    cases.put("is not a font file (it is too short)", new byte[] {0, 1, 0, 0});
    cases.put("is damaged: its table \"", Arrays.copyOf(font, font.length / 2));
    cases.put("has PostScript (CFF) outlines", otto);
    cases.put("has no \"OS/2\" table, so its embedding licence (fsType) cannot be read", noOs2);
    int i = 0;
    for (var c : cases.entrySet()) {
      Loaded<AudienceTemplate> t =
          load("bad" + i++, "{regular: f.ttf}", Map.of("f.ttf", c.getValue()));
      assertThat(messages(t))
          .as(c.getKey())
          .singleElement()
          .asString()
          .contains("theme.body_font.regular: \"f.ttf\" " + c.getKey());
    }
  }

  @Test
  void fontFilesMustStayInsideTheTemplateFolder() throws IOException {
    Files.write(dir.resolve("outside.ttf"), HouseFontFixtures.regular());
    assertThat(messages(load("escape", "{regular: ../outside.ttf}", Map.of())))
        .singleElement()
        .asString()
        .endsWith(
            "theme.body_font.regular: \"../outside.ttf\" is outside the template folder; name a"
                + " file inside it");
    Path folder = Files.createDirectories(dir.resolve("link").resolve("analyst"));
    Files.createSymbolicLink(folder.resolve("linked.ttf"), dir.resolve("outside.ttf"));
    assertThat(messages(load("link", "{regular: linked.ttf}", Map.of())))
        .singleElement()
        .asString()
        .endsWith(
            "theme.body_font.regular: \"linked.ttf\" links outside the template folder; copy the"
                + " file in");
    Path big = Files.createDirectories(dir.resolve("big").resolve("analyst")).resolve("big.ttf");
    try (var file =
        java.nio.channels.FileChannel.open(
            big,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      file.write(java.nio.ByteBuffer.wrap(HouseFontFixtures.regular()));
      file.write(java.nio.ByteBuffer.wrap(new byte[1]), 10L * 1024 * 1024); // sparse, over 10 MiB
    }
    assertThat(messages(load("big", "{regular: big.ttf}", Map.of())))
        .singleElement()
        .asString()
        .endsWith("theme.body_font.regular: \"big.ttf\" is over 10 MiB");
    assertThat(messages(load("absent", "{regular: none.ttf}", Map.of())))
        .singleElement()
        .asString()
        .endsWith("theme.body_font.regular: no file \"none.ttf\" in the template folder");
  }

  @Test
  void aHouseFontNeedsItsRegularFaceAndKnownStyles() throws IOException {
    Map<String, byte[]> files = Map.of("b.ttf", HouseFontFixtures.bold());
    assertThat(messages(load("noregular", "{bold: b.ttf}", files)))
        .singleElement()
        .asString()
        .endsWith(
            "theme.body_font: missing required field \"regular\"; a house font needs its regular"
                + " face (bold, italic and bold_italic may be left out and are then synthesised)");
    assertThat(messages(load("typo", "{regular: b.ttf, bolditalic: b.ttf}", files)))
        .anyMatch(m -> m.contains("bolditalic") && m.contains("did you mean \"bold_italic\""));
  }

  @Test
  void theStylesMustBeOfOneFamily() throws IOException {
    byte[] notoSans =
        Files.readAllBytes(Path.of("src/main/resources/dev/briefsmith/fonts/NotoSans-Bold.ttf"));
    assertThat(
            messages(
                load(
                    "mixed",
                    "{regular: r.ttf, bold: b.ttf}",
                    Map.of("r.ttf", HouseFontFixtures.regular(), "b.ttf", notoSans))))
        .singleElement()
        .asString()
        .endsWith(
            "theme.body_font.bold: \"b.ttf\" is of the family \"Noto Sans\", but \"r.ttf\" is of"
                + " \"DejaVu Serif\"; name the styles of one family (Word links them by its name)");
    // a bundled family's own files are not a house font
    assertThat(messages(load("bundled", "{regular: b.ttf}", Map.of("b.ttf", notoSans))))
        .singleElement()
        .asString()
        .contains("which Briefsmith bundles; name the bundled font instead");
  }

  @Test
  void bodyAndHeadingNameOneFamilyByTheSameFiles() throws IOException {
    byte[] regular = HouseFontFixtures.regular();
    Map<String, byte[]> files =
        Map.of("r.ttf", regular, "other.ttf", HouseFontFixtures.withFsType(regular, 0x0008));
    Loaded<AudienceTemplate> same =
        load("same", "{regular: r.ttf}\n  heading_font: {regular: r.ttf}", files);
    assertThat(same.diagnostics()).isEmpty();
    var theme = same.value().orElseThrow().theme();
    assertThat(theme.headingFont()).isEqualTo(theme.bodyFont());
    assertThat(theme.headingFont().isHouse()).isTrue();
    Loaded<AudienceTemplate> other =
        load("other", "{regular: r.ttf}\n  heading_font: {regular: other.ttf}", files);
    assertThat(messages(other))
        .singleElement()
        .asString()
        .endsWith(
            "theme.heading_font: names other files of the family \"DejaVu Serif\" than body_font;"
                + " Word knows a family by its name, so name the same files");
  }

  private Loaded<AudienceTemplate> load(String name, String bodyFont, Map<String, byte[]> files)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name).resolve("analyst"));
    String yaml =
        Files.readString(Path.of("templates/analyst/template.yaml"))
            .replace("  body_font: Noto Sans\n", "  body_font: " + bodyFont + "\n");
    if (bodyFont.contains("heading_font")) {
      yaml = yaml.replace("  heading_font: Noto Serif\n", "");
    }
    Files.writeString(folder.resolve("template.yaml"), yaml);
    for (var e : new HashMap<>(files).entrySet()) {
      Path file = folder.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
    return loader.load(folder);
  }

  private static List<String> messages(Loaded<?> loaded) {
    return loaded.diagnostics().stream()
        .map(
            d ->
                Path.of(d.file()).getFileName()
                    + ":"
                    + d.line()
                    + ":"
                    + d.column()
                    + ": "
                    + d.severity().word()
                    + ": "
                    + d.message())
        .toList();
  }

  private static void renameTable(byte[] ttf, String from, String to) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ttf);
    int count = b.getShort(4) & 0xFFFF;
    for (int i = 0; i < count; i++) {
      int at = 12 + 16 * i;
      if (new String(ttf, at, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(from)) {
        System.arraycopy(to.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, ttf, at, 4);
      }
    }
  }
}
