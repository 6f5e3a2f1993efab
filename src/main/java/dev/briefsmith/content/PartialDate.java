package dev.briefsmith.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** A date known to the year, the month or the day, as written: {@code 2014}, {@code 2014-06}. */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** Checks the fields; month and day are 0 when unknown. */
  public PartialDate {
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (day != 0) {
      LocalDate.of(year, month, day);
    } else if (month != 0) {
      YearMonth.of(year, month);
    }
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, if the text is a real date. */
  public static Optional<PartialDate> parse(String text) {
    if (!SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(text.substring(0, 4));
      int month = text.length() >= 7 ? Integer.parseInt(text.substring(5, 7)) : 0;
      int day = text.length() == 10 ? Integer.parseInt(text.substring(8, 10)) : 0;
      return Optional.of(new PartialDate(year, month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The date as written in content. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format("%04d", year));
    if (month != 0) {
      s.append(String.format("-%02d", month));
    }
    if (day != 0) {
      s.append(String.format("-%02d", day));
    }
    return s.toString();
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }
}
