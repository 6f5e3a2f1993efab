package dev.briefsmith.compose;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.briefsmith.content.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Date;
import java.util.Locale;

/**
 * Dates and numbers as an edition prints them: in its locale's words and digits ("25 juin 2014";
 * Persian digits in Persian), in its calendar, by the patterns its labels give ({@code date.day},
 * {@code date.month}, {@code date.year}). The Solar Hijri calendar is ICU's; the Gregorian one the
 * JDK's. Immutable and thread-safe.
 */
final class LocalFormat {
  private final Locale locale;
  private final Calendar calendar;
  private final char zero;
  private final String dayPattern;
  private final String monthPattern;
  private final String yearPattern;

  /** The Gregorian formatters of the three patterns (immutable): made once, not for every date. */
  private final DateTimeFormatter dayFormat;

  private final DateTimeFormatter monthFormat;
  private final DateTimeFormatter yearFormat;

  LocalFormat(String localeTag, Calendar calendar, Labels labels) {
    this.locale = Locale.forLanguageTag(localeTag);
    this.calendar = calendar;
    this.zero = DecimalStyle.of(locale).getZeroDigit();
    this.dayPattern = labels.get("date.day");
    this.monthPattern = labels.get("date.month");
    this.yearPattern = labels.get("date.year");
    this.dayFormat = calendar == Calendar.GREGORIAN ? gregorian(dayPattern) : null;
    this.monthFormat = calendar == Calendar.GREGORIAN ? gregorian(monthPattern) : null;
    this.yearFormat = calendar == Calendar.GREGORIAN ? gregorian(yearPattern) : null;
  }

  /** The digit zero of the edition's numbering system ('0', or '۰' in Persian). */
  char zeroDigit() {
    return zero;
  }

  /** {@code n} in the edition's digits. */
  String number(long n) {
    return digits(Long.toString(n));
  }

  /** {@code text} with its ASCII digits in the edition's digits. */
  String digits(String text) {
    if (zero == '0') {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      b.append(ch >= '0' && ch <= '9' ? (char) (zero + (ch - '0')) : ch);
    }
    return b.toString();
  }

  /** A full date, e.g. "25 June 2014". */
  String date(LocalDate date) {
    return calendar == Calendar.GREGORIAN ? dayFormat.format(date) : hijri(date, dayPattern);
  }

  /** A date as precise as it was given: "25 June 2014", "June 2014", "2014". */
  String date(PartialDate date) {
    if (date.month() == 0) {
      if (calendar == Calendar.GREGORIAN) {
        return yearFormat.format(LocalDate.of(date.year(), 1, 1));
      }
      // a Gregorian year overlaps two Solar Hijri years: both are printed
      return span(LocalDate.of(date.year(), 1, 1), LocalDate.of(date.year(), 12, 31), yearPattern);
    }
    if (date.day() == 0) {
      YearMonth ym = YearMonth.of(date.year(), date.month());
      if (calendar == Calendar.GREGORIAN) {
        return monthFormat.format(ym.atDay(1));
      }
      // a Gregorian month overlaps two Solar Hijri months: both are printed
      return span(ym.atDay(1), ym.atEndOfMonth(), monthPattern);
    }
    return date(LocalDate.of(date.year(), date.month(), date.day()));
  }

  private DateTimeFormatter gregorian(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(DecimalStyle.of(locale));
  }

  private String span(LocalDate first, LocalDate last, String pattern) {
    String a = hijri(first, pattern);
    String b = hijri(last, pattern);
    return a.equals(b) ? a : a + "\u2013" + b;
  }

  private String hijri(LocalDate date, String pattern) {
    ULocale uloc = ULocale.forLocale(locale).setKeywordValue("calendar", "persian");
    com.ibm.icu.text.SimpleDateFormat f = new com.ibm.icu.text.SimpleDateFormat(pattern, uloc);
    f.setTimeZone(TimeZone.GMT_ZONE);
    String out = f.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    // ICU's digits follow its own data; the edition's digits are the JDK's, as for every number
    return digits(toAscii(out));
  }

  /** {@code text} with decimal digits of any script as ASCII ones. */
  private static String toAscii(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int d = Character.digit(cp, 10);
              if (d >= 0 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + d));
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }
}
