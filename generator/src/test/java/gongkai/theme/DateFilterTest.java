package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.content.DisclosureDate;
import gongkai.qr.QrErrorCorrection;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFilterTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Object display(DisclosureDate date) {
    return DateFilter.DISPLAY.apply(date, Map.of(), null, null, 1);
  }

  private static Object iso(DisclosureDate date) {
    return DateFilter.ISO.apply(date, Map.of(), null, null, 1);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2024-01-02 15:54:42,       2024-01-02 15:54:42",
    "2024-01-02T15:54,          2024-01-02 15:54",
    "2024-04-06 16:34,          2024-04-06 16:34",
    "2024-04-06 16:34:00,       2024-04-06 16:34:00",
    "2021年8月18日 16:34,       2021-08-18 16:34",
    "2021年8月18日,             2021-08-18",
    "2024-01-02T07:54:42Z,      2024-01-02 15:54:42",
    "2024-01-01T23:30:00-08:00, 2024-01-02 15:30:00",
    "2024-01-02,                2024-01-02",
    "0999-03-04,                0999-03-04",
  })
  void displayShowsTimeOnlyWhenGivenInTheSitesZone(String text, String expected) {
    assertThat(display(DisclosureDate.parse(text, SHANGHAI))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @CsvSource({
    "2024-01-02 15:54:42,  Asia/Shanghai, 2024-01-02T15:54:42+08:00",
    "2024-01-02T15:54,     Asia/Shanghai, 2024-01-02T15:54+08:00",
    "2024-01-02T07:54:42Z, Asia/Shanghai, 2024-01-02T15:54:42+08:00",
    "2024-01-02 15:54:42,  UTC,           2024-01-02T15:54:42Z",
    "2024-07-02 15:54:42,  Europe/Berlin, 2024-07-02T15:54:42+02:00",
    "2024-01-02,           Asia/Shanghai, 2024-01-02",
  })
  void isoGivesTheOffsetOnlyWhenATimeWasGiven(String text, ZoneId zone, String expected) {
    assertThat(iso(DisclosureDate.parse(text, zone))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"th-TH-u-ca-buddhist-nu-thai", "ar-SA-u-ca-islamic-nu-arab", "hi-IN-u-nu-deva", "ja-JP-u-ca-japanese"})
  void outputDoesNotDependOnTheDefaultLocale(String tag) {
    Locale original = Locale.getDefault();
    Locale originalFormat = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));

      DisclosureDate withTime = DisclosureDate.parse("2024-01-02 15:54:42", SHANGHAI);
      DisclosureDate dateOnly = DisclosureDate.parse("2024-01-02", SHANGHAI);
      assertThat(display(withTime)).isEqualTo("2024-01-02 15:54:42");
      assertThat(display(dateOnly)).isEqualTo("2024-01-02");
      assertThat(iso(withTime)).isEqualTo("2024-01-02T15:54:42+08:00");
      assertThat(iso(dateOnly)).isEqualTo("2024-01-02");
    } finally {
      Locale.setDefault(original);
      Locale.setDefault(Locale.Category.FORMAT, originalFormat);
    }
  }

  @Test
  void nullStaysNull() {
    assertThat(display(null)).isNull();
    assertThat(iso(null)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"display_date, 2024-01-02, String", "iso_date, 20240102, Integer"})
  void somethingElseThanADateIsATemplateErrorAtItsLine(String filter, String value, String type) {
    PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).extension(new GongkaiExtension(QrErrorCorrection.M, new ThemeAssets(java.util.Map.of()))).build();
    Object when = type.equals("Integer") ? Integer.valueOf(value) : value;

    PebbleException e =
        catchThrowableOfType(
            PebbleException.class,
            () -> engine.getTemplate("\n\n{{ when | " + filter + " }}").evaluate(new StringWriter(), Map.of("when", when)));

    assertThat(e.getPebbleMessage()).isEqualTo(filter + " needs a date, got " + type);
    assertThat(e.getLineNumber()).isEqualTo(3);
  }
}
