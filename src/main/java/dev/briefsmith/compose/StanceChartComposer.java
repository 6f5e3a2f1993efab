package dev.briefsmith.compose;

import dev.briefsmith.audience.Section;
import dev.briefsmith.compose.Document.Figure;
import dev.briefsmith.content.Brief;
import dev.briefsmith.content.Issue;
import dev.briefsmith.content.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The stance chart: a marker per side (and, when flagged, per faction) on each issue. */
final class StanceChartComposer {
  private StanceChartComposer() {}

  static void compose(ComposeContext c, Section s) {
    Brief brief = c.brief;
    if (brief.issues().isEmpty()) {
      return;
    }
    c.heading(s, 1);
    List<String> categories = brief.issues().stream().map(Issue::rowLabel).toList();
    List<StanceChart.Series> series = new ArrayList<>();
    StanceChart.Marker[] markers = StanceChart.Marker.values();
    List<Side> sides = brief.sides();
    for (int i = 0; i < sides.size(); i++) {
      Side side = sides.get(i);
      series.add(
          new StanceChart.Series(
              side.name(),
              StanceStyle.sideColor(i, side.color()),
              markers[i % markers.length],
              true,
              brief.issues().stream().map(is -> is.positionOf(side.id()).stance()).toList()));
    }
    if (s.flag("factions")) {
      factionSeries(c, series, markers);
    }
    List<String> scale = new ArrayList<>();
    for (int v = -2; v <= 2; v++) {
      scale.add(c.stanceLabel(Optional.of(v)));
    }
    float widthPt = c.template.page().textWidthPt();
    // A minimum only: the renderers' chart layout grows the figure to what its markers and
    // legend need, so many series need not inflate it here.
    float heightPt = 60 + brief.issues().size() * (16 + 2.5f * Math.min(12, series.size()));
    c.add(
        new Figure(
            new StanceChart(categories, series, scale, Edition.rightToLeft(c.labels.locale())),
            alt(c),
            Optional.of(
                c.labels.get(s.flag("factions") ? "chart.caption_factions" : "chart.caption")),
            1f,
            Math.min(1.2f, heightPt / widthPt)));
  }

  private static void factionSeries(
      ComposeContext c, List<StanceChart.Series> series, StanceChart.Marker[] markers) {
    Brief brief = c.brief;
    List<Side> sides = brief.sides();
    Map<String, String> keys = new LinkedHashMap<>();
    brief
        .issues()
        .forEach(
            is ->
                is.byFaction().keySet().stream()
                    // factions only: actors would crowd the chart; the faction matrix has them
                    .filter(k -> c.faction(k).isPresent())
                    .forEach(k -> keys.computeIfAbsent(k, c::factionOrActorLabel)));
    // A faction takes its side's colour and a shape of its own among that side's series: the
    // k-th faction of side i gets shape (i + k), so a side's factions never share a marker with
    // each other or with the side (up to five factions a side; hollow against the side's filled).
    Map<Integer, Integer> perSide = new java.util.HashMap<>();
    for (var e : keys.entrySet()) {
      int sideIndex = sides.indexOf(brief.side(c.sideOf(e.getKey()).orElse("")).orElse(null));
      int k = perSide.merge(sideIndex, 1, Integer::sum);
      series.add(
          new StanceChart.Series(
              e.getValue(),
              StanceStyle.sideColor(
                  Math.max(0, sideIndex),
                  sideIndex < 0 ? Optional.empty() : sides.get(sideIndex).color()),
              markers[Math.floorMod(Math.max(0, sideIndex) + k, markers.length)],
              false,
              brief.issues().stream()
                  .map(is -> is.byFaction().getOrDefault(e.getKey(), Optional.empty()))
                  .toList()));
    }
  }

  /** The chart's text alternative: each issue's stances in words. */
  private static String alt(ComposeContext c) {
    Brief brief = c.brief;
    StringBuilder alt = new StringBuilder(c.labels.get("chart.alt")).append(' ');
    for (Issue is : brief.issues()) {
      alt.append(is.rowLabel()).append(": ");
      alt.append(
          brief.sides().stream()
              .map(sd -> sd.name() + " " + c.stanceLabel(is.positionOf(sd.id()).stance()))
              .collect(Collectors.joining(c.labels.get("list.separator"))));
      alt.append(". ");
    }
    return alt.toString().strip();
  }
}
