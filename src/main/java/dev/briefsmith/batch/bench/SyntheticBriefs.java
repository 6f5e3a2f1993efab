package dev.briefsmith.batch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates valid briefs of realistic size for benchmarks and tests: sides with factions and
 * actors, issues with a position per side, statements, red lines, key judgments, a timeline,
 * scenarios and sources. The same seed gives the same brief.
 *
 * @param sides how many sides (2 or more)
 * @param issues how many issues (rows of the position matrix)
 * @param statements how many statements
 */
public record SyntheticBriefs(int sides, int issues, int statements) {
  private static final String[] PLACES = {
    "Aldmark",
    "Borava",
    "Castellan",
    "Dravia",
    "Estmere",
    "Falkor",
    "Gostan",
    "Hallin",
    "Istra",
    "Jorvik",
    "Kaldera",
    "Lunmark"
  };
  private static final String[] TOPICS = {
    "water sharing", "border crossings", "grain exports", "a pipeline", "fishing rights",
    "a rail link", "sanctions relief", "refugee returns", "port access", "power exports",
    "data cables", "customs fees"
  };
  private static final String[] VERBS = {
    "wants", "rejects", "questions", "supports", "delays", "links", "demands", "offers"
  };
  private static final String[] NOUNS = {
    "guarantees",
    "inspections",
    "a joint fund",
    "a timetable",
    "monitors",
    "quotas",
    "a ceasefire line",
    "a treaty text",
    "tariff cuts",
    "a commission"
  };
  private static final String[] FIRST = {
    "Ana", "Boris", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Karim", "Lena"
  };
  private static final String[] LAST = {
    "Ardent", "Brook", "Corran", "Dale", "Ember", "Frost", "Grant", "Holm", "Iver", "Jessop"
  };
  private static final String[] LIKELY = {"likely", "unlikely", "roughly even chance"};

  /** Checks the sizes. */
  public SyntheticBriefs {
    if (sides < 2 || issues < 1 || statements < 0) {
      throw new IllegalArgumentException(
          "need at least 2 sides and 1 issue, got " + sides + " and " + issues);
    }
  }

  /** The size the bench uses by default: 8 issues and 20 statements. */
  public static SyntheticBriefs realistic(int sides) {
    return new SyntheticBriefs(sides, 8, 20);
  }

  /** Writes {@code count} briefs into {@code dir} (synthetic-00001.yaml, ...); returns them. */
  public List<Path> write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String id = String.format(java.util.Locale.ROOT, "synthetic-%05d", i);
      Path file = dir.resolve(id + ".yaml");
      Files.writeString(file, yaml(id, i), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  /** One brief as YAML. */
  public String yaml(String id, long seed) {
    Random r = new Random(seed);
    StringBuilder y = new StringBuilder();
    String place = pick(r, PLACES);
    String topic = pick(r, TOPICS);
    y.append("format: briefsmith/1\n");
    y.append("id: ").append(id).append('\n');
    y.append("title: \"").append(cap(topic)).append(" in ").append(place).append("\"\n");
    y.append("series: \"Synthetic briefs\"\n");
    y.append("as_of: \"").append(LocalDate.of(2031, 1, 1).plusDays(r.nextInt(300))).append("\"\n");
    y.append("keywords: [synthetic, ").append(place).append("]\n");
    y.append("authors:\n  - name: ").append(person(r)).append('\n');
    y.append("sides:\n");
    for (int s = 0; s < sides; s++) {
      y.append("  - {id: side-")
          .append(s)
          .append(", name: ")
          .append(PLACES[(s + (int) seed) % PLACES.length])
          .append("}\n");
    }
    y.append("summary: \"")
        .append(sentence(r))
        .append(" [@src-0] ")
        .append(sentence(r))
        .append("\"\n");
    y.append("key_judgments:\n");
    for (int k = 0; k < 3; k++) {
      y.append("  - id: kj-")
          .append(k)
          .append("\n    text: \"")
          .append(sentence(r))
          .append("\"\n    likelihood: ")
          .append(LIKELY[k % LIKELY.length])
          .append("\n    confidence: moderate\n    sources: [src-")
          .append(k % 4)
          .append("]\n");
    }
    y.append("context:\n  body: |\n    ")
        .append(sentence(r))
        .append(' ')
        .append(sentence(r))
        .append(" [@src-1]\n\n    ")
        .append(sentence(r))
        .append(' ')
        .append(sentence(r))
        .append("\n  timeline:\n");
    for (int t = 0; t < 4; t++) {
      y.append("    - date: \"")
          .append(2027 + t)
          .append("\"\n      event: \"")
          .append(sentence(r))
          .append("\"\n      sources: [src-")
          .append(t % 4)
          .append("]\n");
    }
    y.append("factions:\n");
    for (int s = 0; s < sides; s++) {
      for (int f = 0; f < 2; f++) {
        y.append("  - {id: faction-")
            .append(s)
            .append('-')
            .append(f)
            .append(", side: side-")
            .append(s)
            .append(", name: \"")
            .append(f == 0 ? "Hardliners" : "Pragmatists")
            .append("\", summary: \"")
            .append(sentence(r))
            .append("\"}\n");
      }
    }
    y.append("actors:\n");
    for (int s = 0; s < sides; s++) {
      for (int a = 0; a < 2; a++) {
        y.append("  - {id: actor-")
            .append(s)
            .append('-')
            .append(a)
            .append(", name: ")
            .append(person(r))
            .append(", role: \"")
            .append(a == 0 ? "Foreign minister" : "Party leader")
            .append("\", side: side-")
            .append(s)
            .append(", faction: faction-")
            .append(s)
            .append('-')
            .append(a)
            .append(", power: ")
            .append(a == 0 ? "high" : "medium")
            .append("}\n");
      }
    }
    y.append("statements:\n");
    for (int st = 0; st < statements; st++) {
      int s = st % sides;
      y.append("  - id: statement-")
          .append(st)
          .append("\n    actor: actor-")
          .append(s)
          .append('-')
          .append(st / sides % 2)
          .append("\n    date: \"2031-0")
          .append(1 + st % 9)
          .append("\"\n    quote: \"")
          .append(sentence(r))
          .append("\"\n    summary: \"")
          .append(sentence(r))
          .append("\"\n    source: src-")
          .append(st % 4)
          .append('\n');
    }
    y.append("issues:\n");
    for (int i = 0; i < issues; i++) {
      y.append("  - id: issue-")
          .append(i)
          .append("\n    question: \"Should the sides agree on ")
          .append(pick(r, NOUNS))
          .append(" for ")
          .append(pick(r, TOPICS))
          .append("?\"\n    label: \"")
          .append(cap(pick(r, NOUNS)))
          .append("\"\n    positions:\n");
      for (int s = 0; s < sides; s++) {
        y.append("      side-")
            .append(s)
            .append(": {stance: ")
            .append(r.nextInt(5) - 2)
            .append(", summary: \"")
            .append(cap(pick(r, VERBS)))
            .append(' ')
            .append(pick(r, NOUNS))
            .append('"');
        if (statements > 0) {
          y.append(", evidence: [statement-").append((i + s) % statements).append(']');
        }
        y.append("}\n");
      }
    }
    y.append("red_lines:\n");
    for (int s = 0; s < sides; s++) {
      y.append("  - id: red-line-")
          .append(s)
          .append("\n    side: side-")
          .append(s)
          .append("\n    line: \"No deal without ")
          .append(pick(r, NOUNS))
          .append(".\"\n    firmness: declared\n");
    }
    y.append("outlook:\n  summary: \"").append(sentence(r)).append("\"\n  scenarios:\n");
    for (int c = 0; c < 3; c++) {
      y.append("    - id: scenario-")
          .append(c)
          .append("\n      title: \"")
          .append(cap(pick(r, NOUNS)))
          .append(" first\"\n      likelihood: ")
          .append(LIKELY[c])
          .append("\n      narrative: \"")
          .append(sentence(r))
          .append("\"\n");
    }
    y.append("  signposts:\n    - \"").append(sentence(r)).append("\"\n");
    y.append("sources:\n");
    for (int s = 0; s < 4; s++) {
      y.append("  - {id: src-")
          .append(s)
          .append(", title: \"")
          .append(cap(sentence(r)).replace(".", ""))
          .append("\", publisher: \"")
          .append(pick(r, PLACES))
          .append(" Herald\", date: \"2031-0")
          .append(1 + s)
          .append("\"}\n");
    }
    return y.toString();
  }

  private static String sentence(Random r) {
    return pick(r, PLACES)
        + " "
        + pick(r, VERBS)
        + " "
        + pick(r, NOUNS)
        + " on "
        + pick(r, TOPICS)
        + " while "
        + pick(r, PLACES)
        + " "
        + pick(r, VERBS)
        + " "
        + pick(r, NOUNS)
        + ".";
  }

  private static String person(Random r) {
    return pick(r, FIRST) + " " + pick(r, LAST);
  }

  private static String pick(Random r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
