package dev.briefsmith.integrity;

import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Faction;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.KeyJudgment;
import dev.briefsmith.content.Position;
import dev.briefsmith.content.RedLine;
import dev.briefsmith.content.Scenario;
import dev.briefsmith.content.Statement;
import dev.briefsmith.content.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every field of a brief written in our own words, with its field path, in file order. */
final class ProseFields {
  private ProseFields() {}

  /** A field of our own prose: its path (as diagnostics write it) and its plain text. */
  record Field(String path, String text) {}

  /** The brief's prose fields. */
  static List<Field> of(Brief b) {
    List<Field> out = new ArrayList<>();
    out.add(new Field("summary", b.summary().plain()));
    List<KeyJudgment> judgments = b.keyJudgments();
    for (int i = 0; i < judgments.size(); i++) {
      out.add(new Field("key_judgments[" + i + "].text", judgments.get(i).text().plain()));
    }
    out.add(new Field("context.body", b.context().body().plain()));
    List<TimelineEntry> timeline = b.context().timeline();
    for (int i = 0; i < timeline.size(); i++) {
      out.add(new Field("context.timeline[" + i + "].event", timeline.get(i).event().plain()));
    }
    List<Faction> factions = b.factions();
    for (int i = 0; i < factions.size(); i++) {
      int at = i;
      factions
          .get(i)
          .summary()
          .ifPresent(s -> out.add(new Field("factions[" + at + "].summary", s.plain())));
    }
    List<Statement> statements = b.statements();
    for (int i = 0; i < statements.size(); i++) {
      out.add(new Field("statements[" + i + "].summary", statements.get(i).summary().plain()));
    }
    List<Issue> issues = b.issues();
    for (int i = 0; i < issues.size(); i++) {
      for (Map.Entry<String, Position> e : issues.get(i).positions().entrySet()) {
        String path = "issues[" + i + "].positions." + e.getKey() + ".summary";
        e.getValue().summary().ifPresent(s -> out.add(new Field(path, s.plain())));
      }
    }
    List<RedLine> redLines = b.redLines();
    for (int i = 0; i < redLines.size(); i++) {
      RedLine r = redLines.get(i);
      String path = "red_lines[" + i + "].";
      out.add(new Field(path + "line", r.line()));
      r.trigger().ifPresent(t -> out.add(new Field(path + "trigger", t)));
      r.consequence().ifPresent(c -> out.add(new Field(path + "consequence", c)));
    }
    out.add(new Field("outlook.summary", b.outlook().summary().plain()));
    List<Scenario> scenarios = b.outlook().scenarios();
    for (int i = 0; i < scenarios.size(); i++) {
      out.add(
          new Field(
              "outlook.scenarios[" + i + "].narrative", scenarios.get(i).narrative().plain()));
    }
    for (int i = 0; i < b.analystNotes().size(); i++) {
      out.add(new Field("analyst_notes[" + i + "].text", b.analystNotes().get(i).text().plain()));
    }
    return out;
  }
}
