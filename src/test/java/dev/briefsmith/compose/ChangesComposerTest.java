package dev.briefsmith.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefsmith.audience.AudienceTemplate;
import dev.briefsmith.compose.Document.Block;
import dev.briefsmith.compose.Document.BulletList;
import dev.briefsmith.compose.Document.Heading;
import dev.briefsmith.compose.Document.Paragraph;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Change;
import dev.briefsmith.diff.Change.Edit;
import dev.briefsmith.diff.Change.What;
import dev.briefsmith.diff.Changes;
import dev.briefsmith.select.Selector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The changes section and the matrix's change marks, as composed for both formats. */
class ChangesComposerTest {
  static final String BRIEF = "src/test/resources/briefs/editions/2/river-editions-2031.yaml";
  static final LocalDate SINCE = LocalDate.of(2031, 3, 14);

  private static Document compose(Brief b, AudienceTemplate t, Changes changes) {
    return new Composer()
        .compose(Selector.select(b, t.maxSensitivity()), t, ComposerTest.CREATED, changes);
  }

  /** The blocks from the changes heading to the next level-1 heading. */
  private static List<Block> section(Document d) {
    List<Block> out = new ArrayList<>();
    boolean in = false;
    for (Block b : d.blocks()) {
      if (b instanceof Heading h && h.level() == 1) {
        if (in) {
          break;
        }
        in = h.anchor().equals("changes");
      }
      if (in) {
        out.add(b);
      }
    }
    return out;
  }

  private static Changes six() {
    List<Change> list = new ArrayList<>();
    list.add(
        new Change.StanceMoved(
            "treaty",
            "Treaty",
            "south",
            "South",
            Optional.empty(),
            Optional.empty(),
            Optional.of(1)));
    list.add(
        new Change.StanceMoved(
            "dams",
            "New dams",
            "south",
            "South",
            Optional.empty(),
            Optional.of(-1),
            Optional.empty()));
    list.add(new Change.Listed(What.ISSUE, Edit.ADDED, "treaty", "Treaty", Optional.empty()));
    list.add(new Change.Listed(What.SUMMARY, Edit.REVISED, "summary", "summary", Optional.empty()));
    list.add(new Change.Listed(What.CONTEXT, Edit.REVISED, "context", "context", Optional.empty()));
    list.add(new Change.Listed(What.OUTLOOK, Edit.REVISED, "outlook", "outlook", Optional.empty()));
    return new Changes(Optional.of(SINCE), list, Sensitivity.PUBLIC);
  }

  @Test
  void aCompactListShowsAFewLinesAndCountsTheRest() throws Exception {
    Brief b = ComposerTest.brief(BRIEF);
    List<Block> s = section(compose(b, ComposerTest.template("executive"), six()));
    assertThat(((Heading) s.get(0)).text()).isEqualTo("Changes since 14 March 2031");
    assertThat(DocumentStrings.of(s.get(1)))
        .containsExactly(
            "Treaty: South now states a position: open / conditional",
            "New dams: South no longer states a position (was sceptical)",
            "New issue: Treaty",
            "The bottom line was revised");
    assertThat(s.get(2)).isEqualTo(Paragraph.of("\u2026 and 2 more changes.", ParaStyle.SMALL));
    assertThat(s).hasSize(3);
  }

  @Test
  void aFullListGroupsTheChangesAndTheMatrixMarksWhatMoved() throws Exception {
    Brief b = ComposerTest.brief(BRIEF);
    Document d = compose(b, ComposerTest.template("public"), six());
    List<Block> s = section(d);
    assertThat(s)
        .extracting(x -> x.getClass().getSimpleName())
        .containsExactly(
            "Heading",
            "Paragraph",
            "BulletList",
            "Paragraph",
            "BulletList",
            "Paragraph",
            "BulletList");
    assertThat(DocumentStrings.of(s.get(5))).containsExactly("Text");
    assertThat(((BulletList) s.get(6)).items()).hasSize(3);
    List<String> strings = DocumentStrings.of(d);
    assertThat(strings)
        .contains("\u0394 newly stated", "\u0394 was sceptical", "\u0394 new issue")
        .anySatisfy(x -> assertThat(x).startsWith("\u0394 changed since 14 March 2031"));
    // the executive template asks for no marks
    assertThat(DocumentStrings.of(compose(b, ComposerTest.template("executive"), six())))
        .noneMatch(x -> x.startsWith("\u0394"));
  }

  @Test
  void aFirstEditionSaysSoAndAnEditionWithoutChangesSaysNothingChanged() throws Exception {
    Brief b = ComposerTest.brief(BRIEF);
    List<Block> first = section(compose(b, ComposerTest.template("analyst"), Changes.none()));
    assertThat(((Heading) first.get(0)).text()).isEqualTo("Changes");
    assertThat(DocumentStrings.of(first.get(1)))
        .containsExactly(
            "This is the first edition of this brief: there is no earlier edition to compare with.");
    List<Block> none =
        section(
            compose(
                b,
                ComposerTest.template("analyst"),
                new Changes(Optional.of(SINCE), List.of(), Sensitivity.PUBLIC)));
    assertThat(DocumentStrings.of(none.get(1)))
        .containsExactly("Nothing has changed since the edition of 14 March 2031.");
  }

  @Test
  void aListNamingInternalItemsMarksTheBannerInternal() throws Exception {
    // edition 1 has no internal item: only the list can raise the banner
    Brief b = ComposerTest.brief(BRIEF.replace("/2/", "/1/"));
    Changes internal =
        new Changes(
            Optional.of(SINCE),
            List.of(
                new Change.Listed(
                    What.KEY_JUDGMENT, Edit.REMOVED, "k", "A deal", Optional.empty())),
            Sensitivity.INTERNAL);
    AudienceTemplate analyst = ComposerTest.template("analyst");
    assertThat(compose(b, analyst, Changes.none()).furniture().banner())
        .isEqualTo(analyst.marking().get(Sensitivity.PUBLIC));
    assertThat(compose(b, analyst, internal).furniture().banner())
        .isEqualTo(analyst.marking().get(Sensitivity.INTERNAL));
  }
}
