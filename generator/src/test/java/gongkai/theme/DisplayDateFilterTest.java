package gongkai.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.content.DisclosureDate;
import gongkai.content.QrErrorCorrection;
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

class DisplayDateFilterTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Object display(DisclosureDate date) {
    return new DisplayDateFilter().apply(date, Map.of(), null, null, 1);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2024-01-02 15:54:42,       2024-01-02 15:54:42",
    "2024-01-02T15:54,          2024-01-02 15:54:00",
    "2024-01-02T07:54:42Z,      2024-01-02 15:54:42",
    "2024-01-01T23:30:00-08:00, 2024-01-02 15:30:00",
    "2024-01-02,                2024-01-02",
    "0999-03-04,                0999-03-04",
  })
  void showsTimeOnlyWhenGivenInTheSitesZone(String text, String expected) {
    assertThat(display(DisclosureDate.parse(text, SHANGHAI))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"th-TH-u-ca-buddhist-nu-thai", "ar-SA-u-ca-islamic-nu-arab", "hi-IN-u-nu-deva", "ja-JP-u-ca-japanese"})
  void outputDoesNotDependOnTheDefaultLocale(String tag) {
    Locale original = Locale.getDefault();
    Locale originalFormat = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));

      assertThat(display(DisclosureDate.parse("2024-01-02 15:54:42", SHANGHAI))).isEqualTo("2024-01-02 15:54:42");
      assertThat(display(DisclosureDate.parse("2024-01-02", SHANGHAI))).isEqualTo("2024-01-02");
    } finally {
      Locale.setDefault(original);
      Locale.setDefault(Locale.Category.FORMAT, originalFormat);
    }
  }

  @Test
  void nullStaysNull() {
    assertThat(display(null)).isNull();
  }

  @Test
  void somethingElseThanADateIsATemplateErrorAtItsLine() {
    PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).extension(new GongkaiExtension(QrErrorCorrection.M)).build();

    PebbleException e =
        catchThrowableOfType(
            PebbleException.class,
            () -> engine.getTemplate("\n{{ when | display_date }}").evaluate(new StringWriter(), Map.of("when", "2024-01-02")));

    assertThat(e.getPebbleMessage()).isEqualTo("display_date needs a date, got String");
    assertThat(e.getLineNumber()).isEqualTo(2);
  }
}
