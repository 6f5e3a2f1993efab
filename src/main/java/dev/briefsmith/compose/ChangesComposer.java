package dev.briefsmith.compose;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.diff.Change;
import dev.briefsmith.diff.Changes;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed since the previous edition, as this audience may see it: the changes by group, or in
 * a few lines when compact; a first edition says it is the first. The changes come from the two
 * editions after selection, so nothing above the audience's level is listed, nor counted.
 */
final class ChangesComposer {
  /** How many changes a compact list shows before "… and N more changes". */
  static final int COMPACT_LINES = 4;

  private ChangesComposer() {}

  static void compose(ComposeContext c, Section s) {
    Changes changes = c.changes;
    ChangeWords words = ChangeWords.of(c);
    c.heading(s, 1, words.title(changes.since()));
    if (changes.firstEdition()) {
      c.add(Paragraph.of(words.firstEdition(), ParaStyle.BODY));
      return;
    }
    if (changes.changes().isEmpty()) {
      c.add(Paragraph.of(words.none(changes.since().orElseThrow()), ParaStyle.BODY));
      return;
    }
    c.use(changes.highest());
    List<Change> all = changes.changes();
    if (s.flag("compact")) {
      List<List<Span>> items = new ArrayList<>();
      for (Change ch : all.subList(0, Math.min(COMPACT_LINES, all.size()))) {
        items.add(List.of(Span.text(words.line(ch))));
      }
      c.add(new BulletList(items, ParaStyle.BODY));
      if (all.size() > COMPACT_LINES) {
        c.add(Paragraph.of(words.more(all.size() - COMPACT_LINES), ParaStyle.SMALL));
      }
      return;
    }
    for (Change.Group g : Change.Group.values()) {
      List<List<Span>> items = new ArrayList<>();
      for (Change ch : all) {
        if (ch.group() == g) {
          items.add(List.of(Span.text(words.line(ch))));
        }
      }
      if (!items.isEmpty()) {
        c.add(new Paragraph(List.of(Span.bold(words.group(g))), ParaStyle.BODY));
        c.add(new BulletList(items, ParaStyle.BODY));
      }
    }
  }
}
