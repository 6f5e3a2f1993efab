package dev.briefsmith.diff;

import dev.briefsmith.content.Confidence;
import dev.briefsmith.content.Firmness;
import dev.briefsmith.content.Likelihood.Band;
import dev.briefsmith.content.Sensitivity;
import dev.briefsmith.diff.Change.Edit;
import dev.briefsmith.diff.Change.What;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of change, each way it can go, on the sample brief's issues and sides
 * (content/iraq-us-iran-2014.yaml), each item with its own made-up label (so no two lines are alike
 * and no label is an English word Briefsmith prints): for checking that every changes line and mark
 * is worded in an edition's language.
 */
public final class EveryChange {
  private EveryChange() {}

  /** The changes since an edition of {@code since}. */
  public static Changes since(LocalDate since) {
    String isis = "cooperation-against-isis";
    String military = "military-coordination";
    List<Change> all = new ArrayList<>();
    all.add(stance(isis, "Cooperation against ISIS", "washington", "Washington", -1, 1));
    all.add(stance(isis, "Cooperation against ISIS", "tehran", "Tehran", 1, 0));
    all.add(
        new Change.StanceMoved(
            military,
            "Military coordination",
            "washington",
            "Washington",
            Optional.empty(),
            Optional.empty(),
            Optional.of(-2)));
    all.add(
        new Change.StanceMoved(
            military,
            "Military coordination",
            "tehran",
            "Tehran",
            Optional.empty(),
            Optional.of(-1),
            Optional.empty()));
    all.add(
        new Change.StanceMoved(
            isis,
            "Cooperation against ISIS",
            "majlis",
            "Majlis",
            Optional.of("Tehran"),
            Optional.of(0),
            Optional.of(-1)));
    all.add(
        new Change.AlignmentChanged(
            isis,
            "Cooperation against ISIS",
            dev.briefsmith.select.Alignment.Level.OPPOSED,
            dev.briefsmith.select.Alignment.Level.PARTLY_ALIGNED));
    int n = 0;
    for (Edit e : Edit.values()) {
      for (What w : List.of(What.SIDE, What.ISSUE, What.KEY_JUDGMENT, What.SCENARIO)) {
        String id = w == What.ISSUE ? military : w.word();
        all.add(new Change.Listed(w, e, id, "Zulu " + ++n, Optional.empty()));
      }
      all.add(
          new Change.Listed(What.STATEMENT, e, "s", "Yankee " + n, Optional.of("Hassan Rouhani")));
      all.add(new Change.Listed(What.RED_LINE, e, "r", "X-ray " + n, Optional.of("Tehran")));
    }
    all.add(
        new Change.Listed(
            What.POSITION, Edit.REVISED, isis, "Cooperation against ISIS", Optional.of("Tehran")));
    for (What w : List.of(What.SUMMARY, What.CONTEXT, What.OUTLOOK)) {
      all.add(new Change.Listed(w, Edit.REVISED, w.word(), "Victor", Optional.empty()));
    }
    all.add(likelihood(What.KEY_JUDGMENT, null, Band.LIKELY, "Uniform 1"));
    all.add(likelihood(What.KEY_JUDGMENT, Band.LIKELY, null, "Uniform 2"));
    all.add(likelihood(What.SCENARIO, Band.UNLIKELY, Band.VERY_LIKELY, "Uniform 3"));
    all.add(likelihood(What.SCENARIO, Band.ALMOST_CERTAIN, Band.ROUGHLY_EVEN, "Uniform 4"));
    all.add(confidence(null, Confidence.LOW, "Tango 1"));
    all.add(confidence(Confidence.HIGH, null, "Tango 2"));
    all.add(confidence(Confidence.LOW, Confidence.MODERATE, "Tango 3"));
    all.add(confidence(Confidence.HIGH, Confidence.MODERATE, "Tango 4"));
    all.add(firmness(Optional.of("Tehran"), null, Firmness.DECLARED, "Sierra 1"));
    all.add(firmness(Optional.empty(), Firmness.SIGNALLED, null, "Sierra 2"));
    all.add(firmness(Optional.of("Washington"), Firmness.INFERRED, Firmness.DECLARED, "Sierra 3"));
    return new Changes(Optional.of(since), all, Sensitivity.PUBLIC);
  }

  private static Change stance(
      String issue, String label, String holderId, String holder, int from, int to) {
    return new Change.StanceMoved(
        issue, label, holderId, holder, Optional.empty(), Optional.of(from), Optional.of(to));
  }

  private static Change likelihood(What w, Band from, Band to, String label) {
    return new Change.LikelihoodChanged(
        w, "l", label, Optional.ofNullable(from), Optional.ofNullable(to));
  }

  private static Change confidence(Confidence from, Confidence to, String label) {
    return new Change.ConfidenceChanged(
        "c", label, Optional.ofNullable(from), Optional.ofNullable(to));
  }

  private static Change firmness(Optional<String> owner, Firmness from, Firmness to, String label) {
    return new Change.FirmnessChanged(
        "f", label, owner, Optional.ofNullable(from), Optional.ofNullable(to));
  }
}
