package gongkai.annual;

import gongkai.problem.Message;
import java.math.BigDecimal;
import java.util.List;

/** Every message the annual report's checks give, in one place; the words are the catalogues'. */
final class AnnualMessages {
  private AnnualMessages() {}

  static final Message NOT_MAPPING = Message.of("annual.not-mapping");
  static final Message NOT_MAPPING_FIX = Message.of("annual.not-mapping.fix");

  static Message unknownKey(String key, List<String> known) {
    return Message.of("annual.unknown-key", key, known);
  }

  static final Message UNKNOWN_KEY_FIX = Message.of("annual.unknown-key.fix");

  static Message unknownRow(AnnualFormat.Table table, String key) {
    return Message.of("annual.unknown-row", key, table.number(), table.caption());
  }

  static Message unknownRowFix(AnnualFormat.Table table) {
    return Message.of("annual.unknown-row.fix", table.rows().stream().map(AnnualFormat.Row::key).toList());
  }

  static Message tableNotMapping(AnnualFormat.Table table) {
    return Message.of("annual.table-not-mapping", table.number(), table.key());
  }

  static Message missingTable(AnnualFormat.Table table) {
    return Message.of("annual.missing-table", table.number(), table.key());
  }

  static final Message MISSING_TABLE_FIX = Message.of("annual.missing-table.fix");

  static Message missingRow(AnnualFormat.Row row) {
    return Message.of("annual.missing-row", row.words());
  }

  static Message rowFix(AnnualFormat.Row row, List<String> columns) {
    // The figures' list as YAML writes it, whatever the language: "[自然人, 商业企业, …]".
    return Message.of("annual.row.fix", row.key(), String.join(", ", columns));
  }

  static Message rowNotList(AnnualFormat.Row row, List<String> columns) {
    return Message.of("annual.row-not-list", row.words(), columns.size());
  }

  static Message tooMany(AnnualFormat.Row row, int count, List<String> columns) {
    return Message.of("annual.too-many", row.words(), count, columns.size(), columns);
  }

  static final Message TOO_MANY_FIX = Message.of("annual.too-many.fix");

  static Message missingFigure(String cell) {
    return Message.of("annual.missing-figure", cell);
  }

  static final Message MISSING_FIGURE_FIX = Message.of("annual.missing-figure.fix");

  static Message notNumber(String cell, String text) {
    return Message.of("annual.not-number", cell, text);
  }

  static final Message NOT_NUMBER_FIX = Message.of("annual.not-number.fix");

  static Message negative(String cell, BigDecimal value) {
    return Message.of("annual.negative", cell, value.toPlainString());
  }

  static final Message NEGATIVE_FIX = Message.of("annual.negative.fix");

  static Message notWhole(String cell, BigDecimal value) {
    return Message.of("annual.not-whole", cell, value.toPlainString());
  }

  static final Message NOT_WHOLE_FIX = Message.of("annual.not-whole.fix");

  /** @param parts the figures that should add up to the total, in words (a message or as written) */
  static Message sumMismatch(String cell, BigDecimal value, Object parts, BigDecimal sum) {
    return Message.of("annual.sum", cell, value.toPlainString(), parts, sum.toPlainString());
  }

  static final Message SUM_FIX = Message.of("annual.sum.fix");

  static Message balance(String column, BigDecimal in, BigDecimal out, BigDecimal received, BigDecimal carriedIn,
      BigDecimal handled, BigDecimal carriedOut) {
    return Message.of("annual.balance", column, received.toPlainString(), carriedIn.toPlainString(), in.toPlainString(),
        handled.toPlainString(), carriedOut.toPlainString(), out.toPlainString());
  }

  static final Message BALANCE_FIX = Message.of("annual.balance.fix");

  static final Message YEAR_MISSING = Message.of("annual.year-missing");
  static final Message YEAR_FIX = Message.of("annual.year.fix");

  static Message yearInvalid(String text) {
    return Message.of("annual.year-invalid", text);
  }

  static Message carriedDiffers(String column, BigDecimal now, int lastYear, BigDecimal then, String lastFile) {
    return Message.of("annual.carried-differs", column, now.toPlainString(), lastYear, lastFile, then.toPlainString());
  }

  static final Message CARRIED_FIX = Message.of("annual.carried-differs.fix");

  static Message unknownMarker(String name) {
    return Message.of("annual.unknown-marker", name);
  }

  static final Message UNKNOWN_MARKER_FIX = Message.of("annual.unknown-marker.fix");

  static Message markerWithoutData(String name) {
    return Message.of("annual.marker-without-data", name);
  }

  static final Message MARKER_WITHOUT_DATA_FIX = Message.of("annual.marker-without-data.fix");

  static Message tableNotPlaced(AnnualFormat.Table table) {
    return Message.of("annual.table-not-placed", table.number(), table.caption());
  }

  static Message tableNotPlacedFix(AnnualFormat.Table table) {
    return Message.of("annual.table-not-placed.fix", table.number(), table.caption());
  }
}
