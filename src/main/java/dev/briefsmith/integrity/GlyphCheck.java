package dev.briefsmith.integrity;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefCheck;
import dev.briefsmith.render.GlyphCoverage;
import dev.briefsmith.yaml.Excerpt;
import java.util.Locale;

/**
 * Finds text that cannot be printed: a character that no bundled font has (and that has no
 * stand-in) is an error at its field when the brief is validated, not a failure of every document
 * when it is built. Thread-safe.
 */
public final class GlyphCheck implements BriefCheck {
  private final GlyphCoverage coverage;

  /** A check against these fonts' coverage. */
  public GlyphCheck(GlyphCoverage coverage) {
    this.coverage = coverage;
  }

  @Override
  public void check(Brief brief, Context context) {
    for (ProseFields.Field field : PlainFields.all(brief)) {
      GlyphCoverage.OptionalCodePoint missing = coverage.firstMissing(field.text());
      if (missing.isPresent()) {
        int cp = missing.codePoint();
        String name = Character.getName(cp);
        context
            .problems()
            .error(
                context.pos(field.path()),
                String.format(
                    Locale.ROOT,
                    "%s: U+%04X (%s) at character %d cannot be printed: no bundled font has it"
                        + " (\"%s\"); write it another way or remove it",
                    field.path(),
                    cp,
                    name == null ? "unassigned" : name.toLowerCase(Locale.ROOT),
                    missing.index(),
                    Excerpt.of(field.text(), 40)));
      }
    }
  }
}
