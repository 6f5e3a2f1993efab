package dev.briefsmith.audience;

import dev.briefsmith.compose.FontFamily;
import dev.briefsmith.compose.HouseFont;
import dev.briefsmith.render.FontCheck;
import dev.briefsmith.yaml.Excerpt;
import dev.briefsmith.yaml.Fields;
import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.Suggest;
import dev.briefsmith.yaml.YNode;
import dev.briefsmith.yaml.YNode.YMap;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A theme font field ({@code body_font}, {@code heading_font}): a bundled family's name, or a map
 * of a house font's TrueType files in the template folder by style. Each file is checked as it
 * loads ({@link FontCheck}: a real font, a licence that allows embedding); the regular face is
 * required, a missing bold, italic or bold italic is synthesised from the nearest face by the
 * renderers, and every face must be of one family (Word links the styles by the family name). Not
 * thread-safe (it reports into one template's problems).
 */
final class HouseFonts {
  static final List<String> STYLES =
      Arrays.stream(FontFamily.Style.values()).map(FontFamily.Style::word).toList();

  private final TemplateFiles files;
  private final Problems problems;

  HouseFonts(TemplateFiles files, Problems problems) {
    this.files = files;
    this.problems = problems;
  }

  /** The family a theme font field names, or null after reporting what is wrong. */
  FontFamily family(YNode node, String path) {
    if (node instanceof YMap) {
      return house(node, path);
    }
    String value = Fields.text(node, path, problems);
    if (value == null) {
      return null;
    }
    Optional<FontFamily> family = FontFamily.byName(value);
    if (family.isEmpty()) {
      List<String> names =
          FontFamily.bundled().stream()
              .filter(FontFamily::isThemeFont)
              .map(FontFamily::displayName)
              .toList();
      problems.error(
          node.pos(),
          path
              + ": \""
              + Excerpt.of(value)
              + "\" is not a bundled font"
              + Suggest.didYouMean(value, names)
              + "; bundled fonts are: "
              + String.join(", ", names)
              + " (or name a house font's files: {regular: fonts/House-Regular.ttf, bold: ...})");
    }
    return family.orElse(null);
  }

  private FontFamily house(YNode node, String path) {
    Fields f = Fields.of(node, path, "house font files", STYLES, problems);
    if (f == null) {
      return null;
    }
    if (!f.has("regular")) {
      f.missing(
          "regular",
          "; a house font needs its regular face (bold, italic and bold_italic may be left out"
              + " and are then synthesised)");
      return null;
    }
    Map<FontFamily.Style, HouseFont> faces = new EnumMap<>(FontFamily.Style.class);
    String family = null;
    String familyFile = null;
    boolean serif = false;
    boolean ok = true;
    for (FontFamily.Style style : FontFamily.Style.values()) {
      YNode value = f.node(style.word());
      if (value == null) {
        continue;
      }
      String p = f.path(style.word());
      byte[] bytes = files.read(value, p, TemplateFiles.Kind.FONT);
      if (bytes == null) {
        ok = false;
        continue;
      }
      String name = Fields.text(value, p, problems);
      String shown = Excerpt.of(name);
      FontCheck.Checked checked;
      try {
        checked = FontCheck.check(bytes);
      } catch (FontCheck.Refused e) {
        problems.error(value.pos(), p + ": \"" + shown + "\" " + e.getMessage());
        ok = false;
        continue;
      }
      if (family == null) {
        family = checked.family();
        familyFile = shown;
        serif = checked.serif();
      } else if (!family.equals(checked.family())) {
        problems.error(
            value.pos(),
            p
                + ": \""
                + shown
                + "\" is of the family \""
                + Excerpt.of(checked.family())
                + "\", but \""
                + familyFile
                + "\" is of \""
                + Excerpt.of(family)
                + "\"; name the styles of one family (Word links them by its name)");
        ok = false;
        continue;
      }
      faces.put(
          style,
          new HouseFont(Path.of(name).getFileName().toString(), bytes, checked.subsettable()));
    }
    if (!ok || family == null) {
      return null;
    }
    String named = family;
    if (FontFamily.bundled().stream().anyMatch(b -> b.displayName().equalsIgnoreCase(named))) {
      problems.error(
          f.node("regular").pos(),
          f.path("regular")
              + ": \""
              + familyFile
              + "\" is of the family \""
              + family
              + "\", which Briefsmith bundles; name the bundled font instead");
      return null;
    }
    return FontFamily.house(family, faces, serif);
  }
}
