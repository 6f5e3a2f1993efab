package dev.briefsmith.compose;

import dev.briefsmith.content.PartialDate;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as printed: "25 June 2014", "June 2014", "2014". */
final class Dates {
  private Dates() {}

  static String longForm(LocalDate date) {
    return date.getDayOfMonth() + " " + month(date.getMonthValue()) + " " + date.getYear();
  }

  static String longForm(PartialDate date) {
    if (date.month() == 0) {
      return String.valueOf(date.year());
    }
    String month = month(date.month()) + " " + date.year();
    return date.day() == 0 ? month : date.day() + " " + month;
  }

  private static String month(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
