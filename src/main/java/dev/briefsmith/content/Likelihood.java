package dev.briefsmith.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An ICD 203 estimative term: one of seven probability bands, in the words of one of the two
 * interchangeable columns.
 */
public record Likelihood(Band band, boolean alternative) {

  /** The seven bands of ICD 203, from least to most likely. */
  public enum Band {
    ALMOST_NO_CHANCE("almost no chance", "remote", 1, 5),
    VERY_UNLIKELY("very unlikely", "highly improbable", 5, 20),
    UNLIKELY("unlikely", "improbable", 20, 45),
    ROUGHLY_EVEN("roughly even chance", "roughly even odds", 45, 55),
    LIKELY("likely", "probable", 55, 80),
    VERY_LIKELY("very likely", "highly probable", 80, 95),
    ALMOST_CERTAIN("almost certain", "nearly certain", 95, 99);

    private final String term;
    private final String alternativeTerm;
    private final int lowPercent;
    private final int highPercent;

    Band(String term, String alternativeTerm, int lowPercent, int highPercent) {
      this.term = term;
      this.alternativeTerm = alternativeTerm;
      this.lowPercent = lowPercent;
      this.highPercent = highPercent;
    }

    /** The term in the main column, e.g. "likely". */
    public String term() {
      return term;
    }

    /** The term in the alternative column, e.g. "probable". */
    public String alternativeTerm() {
      return alternativeTerm;
    }

    /** The lower bound of the band, in percent. */
    public int lowPercent() {
      return lowPercent;
    }

    /** The upper bound of the band, in percent. */
    public int highPercent() {
      return highPercent;
    }

    /** The band as printed, e.g. "55-80%". */
    public String range() {
      return lowPercent + "-" + highPercent + "%";
    }
  }

  /** The term as the author wrote it. */
  public String term() {
    return alternative ? band.alternativeTerm() : band.term();
  }

  /** The likelihood for a term from either column, if it is one. */
  public static Optional<Likelihood> parse(String word) {
    for (Band band : Band.values()) {
      if (band.term().equals(word)) {
        return Optional.of(new Likelihood(band, false));
      }
      if (band.alternativeTerm().equals(word)) {
        return Optional.of(new Likelihood(band, true));
      }
    }
    return Optional.empty();
  }

  /** Every term of the main column, least likely first. */
  public static List<String> mainTerms() {
    return Arrays.stream(Band.values()).map(Band::term).toList();
  }

  /** Every term of the alternative column, least likely first. */
  public static List<String> alternativeTerms() {
    return Arrays.stream(Band.values()).map(Band::alternativeTerm).toList();
  }
}
