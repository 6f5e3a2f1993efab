package dev.briefsmith.compose;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.KeyJudgment;
import java.util.ArrayList;
import java.util.List;

/** The key judgments: each led by its estimate and confidence, with its notes. */
final class KeyJudgmentsComposer {
  private KeyJudgmentsComposer() {}

  static void compose(ComposeContext c, Section s) {
    if (c.brief.keyJudgments().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    for (KeyJudgment k : c.brief.keyJudgments()) {
      c.use(k.sensitivity());
      List<Span> spans = new ArrayList<>();
      String estimate = c.estimate(k.likelihood(), s.flag("probabilities"));
      String confidence =
          s.flag("confidence") ? k.confidence().map(x -> c.word("confidence", x)).orElse("") : "";
      String lead =
          c.join(estimate.isEmpty() ? "" : ComposeContext.capitalise(estimate), confidence);
      if (!lead.isEmpty()) {
        spans.add(c.accent(lead + ". "));
      }
      spans.addAll(c.inline(k.text()));
      c.add(new Paragraph(c.withNotes(spans, k.sources()), ParaStyle.BODY));
    }
  }
}
