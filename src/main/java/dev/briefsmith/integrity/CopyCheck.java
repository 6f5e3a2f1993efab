package dev.briefsmith.integrity;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.BriefCheck;
import dev.briefsmith.content.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds our own prose that copies an archived source without quotation marks: a run of {@link
 * Shingles#LENGTH} or more consecutive words shared with a source is a warning at the field. Words
 * inside quotation marks in the prose are quoted, not copied, and are left out. Thread-safe.
 */
public final class CopyCheck implements BriefCheck {
  private static final int SHOWN = 12;
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private final Archives archives;

  /** A check that finds archives through {@code archives}. */
  public CopyCheck(Archives archives) {
    this.archives = archives;
  }

  @Override
  public void check(Brief brief, Context context) {
    Map<String, Archives.Found> found = new LinkedHashMap<>();
    for (Source s : brief.sources()) {
      if (s.archive().isPresent()
          && archives.find(context.folder(), s.archive().get()) instanceof Archives.Found f) {
        found.put(s.id(), f);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    for (ProseFields.Field field : ProseFields.of(brief)) {
      String own = QUOTED.matcher(Normalised.of(field.text())).replaceAll(" \" ");
      Words words = Words.of(own);
      for (Map.Entry<String, Archives.Found> e : found.entrySet()) {
        int[] run = e.getValue().text().shingles().longestSharedRun(words.words());
        if (run == null) {
          continue;
        }
        List<String> copied = words.words().subList(run[0], run[0] + run[1]);
        String shown =
            String.join(" ", copied.subList(0, Math.min(copied.size(), SHOWN)))
                + (copied.size() > SHOWN ? " \u2026" : "");
        context
            .problems()
            .warning(
                context.pos(field.path()),
                field.path()
                    + ": "
                    + run[1]
                    + " consecutive words are the same as in source \""
                    + e.getKey()
                    + "\" (\""
                    + shown
                    + "\") but stand outside quotation marks; quote them (a statement's quote"
                    + " or \"...\") or say it in our own words");
        break;
      }
    }
  }
}
