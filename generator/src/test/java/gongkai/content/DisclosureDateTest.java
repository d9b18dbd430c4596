package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclosureDateTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static ZonedDateTime shanghai(int year, int month, int day, int hour, int minute, int second) {
    return ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI);
  }

  @Test
  void dateOnlyIsMidnightInTheSiteZoneWithoutTime() {
    assertThat(DisclosureDate.parse("2024-01-02", SHANGHAI)).isEqualTo(new DisclosureDate(shanghai(2024, 1, 2, 0, 0, 0), false));
  }

  @Test
  void dateOnlyUsesTheGivenZoneNotTheMachineZone() {
    ZoneId urumqi = ZoneId.of("Asia/Urumqi");

    assertThat(DisclosureDate.parse("2024-01-02", urumqi).value()).isEqualTo(ZonedDateTime.of(2024, 1, 2, 0, 0, 0, 0, urumqi));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-02 15:54:42", "2024-01-02T15:54:42", "2024-01-02  15:54:42", " 2024-01-02 15:54:42 "})
  void spaceAndTSeparatorsGiveTheSameMoment(String text) {
    assertThat(DisclosureDate.parse(text, SHANGHAI)).isEqualTo(new DisclosureDate(shanghai(2024, 1, 2, 15, 54, 42), true));
  }

  @Test
  void minutesWithoutSecondsAreATime() {
    assertThat(DisclosureDate.parse("2024-01-02 15:54", SHANGHAI)).isEqualTo(new DisclosureDate(shanghai(2024, 1, 2, 15, 54, 0), true, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-02T07:54:42+00:00", "2024-01-02T07:54:42Z", "2024-01-02 07:54:42Z", "2024-01-02T02:54:42-05:00", "2024-01-02T15:54:42+08:00"})
  void offsetIsConvertedToTheSiteZone(String text) {
    DisclosureDate date = DisclosureDate.parse(text, SHANGHAI);

    assertThat(date).isEqualTo(new DisclosureDate(shanghai(2024, 1, 2, 15, 54, 42), true));
    assertThat(date.value().getZone()).isEqualTo(SHANGHAI);
  }

  @Test
  void offsetCanMoveTheDate() {
    assertThat(DisclosureDate.parse("2023-12-31T20:00:00+00:00", SHANGHAI).value()).isEqualTo(shanghai(2024, 1, 1, 4, 0, 0));
  }

  // As editors type dates, and as portals show 成文日期 (2021年08月18日).
  @ParameterizedTest
  @ValueSource(strings = {"2021年8月18日", "2021年08月18日", " 2021年8月18日 "})
  void chineseDateIsADate(String text) {
    assertThat(DisclosureDate.parse(text, SHANGHAI)).isEqualTo(new DisclosureDate(shanghai(2021, 8, 18, 0, 0, 0), false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021年8月18日 16:34", "2021年8月18日16:34", "2021年8月18日 16：34"})
  void chineseDateWithMinutesIsATimeWithoutSeconds(String text) {
    assertThat(DisclosureDate.parse(text, SHANGHAI)).isEqualTo(new DisclosureDate(shanghai(2021, 8, 18, 16, 34, 0), true, false));
  }

  @Test
  void chineseDateWithSecondsKeepsThem() {
    assertThat(DisclosureDate.parse("2021年8月18日 16:34:05", SHANGHAI))
        .isEqualTo(new DisclosureDate(shanghai(2021, 8, 18, 16, 34, 5), true, true));
  }

  @Test
  void secondsAreAFieldOnlyWhenWritten() {
    assertThat(DisclosureDate.parse("2024-04-06 16:34", SHANGHAI).isSupported(java.time.temporal.ChronoField.SECOND_OF_MINUTE)).isFalse();
    assertThat(DisclosureDate.parse("2024-04-06 16:34:00", SHANGHAI).isSupported(java.time.temporal.ChronoField.SECOND_OF_MINUTE)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-13-01", "2024-02-30", "2023-02-29", "2024-1-2", "2024/01/02", "2024年2月30日", "2024年1月2", "2024年1月2日 25:00", "20240102", "yesterday",
        "2024-01-02 25:00", "2024-01-02T15:54:42+0800", "2024-01-02 下午3点",
      })
  void textThatIsNotADateIsRejectedQuotingIt(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DisclosureDate.parse(text, SHANGHAI)).withMessage("'" + text + "' is not a date");
  }

  @Test
  void leapDayIsADate() {
    assertThat(DisclosureDate.parse("2024-02-29", SHANGHAI).value().toLocalDate()).hasToString("2024-02-29");
  }

  @Test
  void datesCompareByInstant() {
    DisclosureDate morning = DisclosureDate.parse("2024-01-02 09:00", SHANGHAI);
    DisclosureDate midnight = DisclosureDate.parse("2024-01-02", SHANGHAI);
    DisclosureDate sameInstantInUtc = DisclosureDate.parse("2024-01-02T01:00:00Z", SHANGHAI);

    assertThat(midnight).isLessThan(morning);
    assertThat(morning.compareTo(sameInstantInUtc)).isZero();
  }
}
