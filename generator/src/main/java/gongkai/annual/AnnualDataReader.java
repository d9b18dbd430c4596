package gongkai.annual;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gongkai.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the figures under {@code annual_report} from a report's front matter, with the file line and
 * column of each, and reports every figure that is missing, not a number, negative or not whole.
 * The front matter was parsed before (a syntax error is reported there), so this reads it again only
 * for the positions.
 */
public final class AnnualDataReader {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  /** What was read, and what is wrong with it. */
  public record Result(AnnualData data, List<Problem> problems) {}

  private final Path file;
  private final List<Problem> problems = new ArrayList<>();
  private int firstLine;

  private AnnualDataReader(Path file) {
    this.file = file;
  }

  /** Whether a report's front matter parameters hold annual report figures. */
  public static boolean holdsFigures(Map<String, Object> params) {
    return params.containsKey(AnnualFormat.KEY);
  }

  /**
   * @param file the report's path as problems show it
   * @param text the report's whole text, front matter first
   * @return null data when the text has no {@code annual_report}
   */
  public static Result read(Path file, String text) {
    AnnualDataReader reader = new AnnualDataReader(file);
    AnnualData data = reader.readFrontMatter(text);
    return new Result(data, List.copyOf(reader.problems));
  }

  private AnnualData readFrontMatter(String text) {
    String yaml = frontMatter(text);
    if (yaml == null) {
      return null;
    }
    firstLine = 2;
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int line = line(parser.currentTokenLocation());
        parser.nextToken();
        if (key.equals(AnnualFormat.KEY)) {
          return annualReport(parser, line);
        }
        parser.skipChildren();
      }
      return null;
    } catch (JsonProcessingException e) {
      return null; // reported by FrontMatterParser
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text between the opening and closing {@code ---} lines, or null. */
  static String frontMatter(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return null;
    }
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        return yaml.toString();
      }
      yaml.append(lines[i]).append('\n');
    }
    return null;
  }

  private AnnualData annualReport(JsonParser parser, int line) throws IOException {
    Map<String, Map<String, FigureRow>> rows = new LinkedHashMap<>();
    Map<String, Integer> tableLines = new LinkedHashMap<>();
    Integer year = null;
    int yearLine = line;
    boolean yearSeen = false;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problems.add(Problem.at(file, line, AnnualMessages.NOT_MAPPING, AnnualMessages.NOT_MAPPING_FIX));
      parser.skipChildren();
      return new AnnualData(file, line, null, line, rows, tableLines);
    }
    List<String> known = new ArrayList<>(List.of(AnnualFormat.YEAR));
    AnnualFormat.TABLES.forEach(t -> known.add(t.key()));
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line(parser.currentTokenLocation());
      parser.nextToken();
      AnnualFormat.Table table = AnnualFormat.TABLES.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
      if (key.equals(AnnualFormat.YEAR)) {
        yearSeen = true;
        yearLine = keyLine;
        String text = parser.currentToken().isScalarValue() ? parser.getValueAsString("") : "";
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getIntValue() >= 2000 && parser.getIntValue() <= 2999) {
          year = parser.getIntValue();
        } else {
          problems.add(Problem.at(file, keyLine, AnnualMessages.yearInvalid(text), AnnualMessages.YEAR_FIX));
        }
        parser.skipChildren();
      } else if (table != null) {
        tableLines.put(key, keyLine);
        rows.put(key, table(parser, table, keyLine));
      } else {
        problems.add(Problem.at(file, keyLine, AnnualMessages.unknownKey(key, known), AnnualMessages.UNKNOWN_KEY_FIX));
        parser.skipChildren();
      }
    }
    if (!yearSeen) {
      problems.add(Problem.at(file, line, AnnualMessages.YEAR_MISSING, AnnualMessages.YEAR_FIX));
    }
    for (AnnualFormat.Table table : AnnualFormat.TABLES) {
      if (!rows.containsKey(table.key())) {
        problems.add(Problem.at(file, line, AnnualMessages.missingTable(table), AnnualMessages.MISSING_TABLE_FIX));
      }
    }
    return new AnnualData(file, line, year, yearLine, rows, tableLines);
  }

  private Map<String, FigureRow> table(JsonParser parser, AnnualFormat.Table table, int tableLine) throws IOException {
    Map<String, FigureRow> rows = new LinkedHashMap<>();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problems.add(Problem.at(file, tableLine, AnnualMessages.tableNotMapping(table), AnnualMessages.NOT_MAPPING_FIX));
      parser.skipChildren();
      return rows;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int line = line(parser.currentTokenLocation());
      parser.nextToken();
      AnnualFormat.Row row = table.row(key);
      if (row == null) {
        problems.add(Problem.at(file, line, AnnualMessages.unknownRow(table, key), AnnualMessages.unknownRowFix(table)));
        parser.skipChildren();
        continue;
      }
      rows.put(key, row(parser, table, row, line));
    }
    for (AnnualFormat.Row row : table.rows()) {
      if (!rows.containsKey(row.key())) {
        problems.add(Problem.at(file, tableLine, AnnualMessages.missingRow(row),
            AnnualMessages.rowFix(row, AnnualFormat.columns(table, row))));
      }
    }
    return rows;
  }

  private FigureRow row(JsonParser parser, AnnualFormat.Table table, AnnualFormat.Row row, int line) throws IOException {
    List<String> columns = AnnualFormat.columns(table, row);
    List<Figure> figures = new ArrayList<>();
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      int count = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        JsonLocation at = parser.currentTokenLocation();
        if (count < columns.size()) {
          figures.add(figure(parser, table, row, columns.get(count), at));
        }
        parser.skipChildren();
        count++;
      }
      if (count > columns.size()) {
        problems.add(Problem.at(file, line, AnnualMessages.tooMany(row, count, columns), AnnualMessages.TOO_MANY_FIX));
      }
    } else if (parser.currentToken().isScalarValue() && columns.size() == 1) {
      figures.add(figure(parser, table, row, columns.get(0), parser.currentTokenLocation()));
    } else {
      problems.add(Problem.at(file, line, AnnualMessages.rowNotList(row, columns), AnnualMessages.rowFix(row, columns)));
      parser.skipChildren();
      return new FigureRow(line, List.of());
    }
    for (int i = figures.size(); i < columns.size(); i++) {
      problems.add(Problem.at(file, line, AnnualMessages.missingFigure(cell(row, columns.get(i))), AnnualMessages.MISSING_FIGURE_FIX));
    }
    return new FigureRow(line, figures);
  }

  private Figure figure(JsonParser parser, AnnualFormat.Table table, AnnualFormat.Row row, String column, JsonLocation at)
      throws IOException {
    int line = line(at);
    int col = Math.max(1, at.getColumnNr());
    String cell = cell(row, column);
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_STRING && parser.getText().isBlank()) {
      problems.add(Problem.at(file, line, col, AnnualMessages.missingFigure(cell), AnnualMessages.MISSING_FIGURE_FIX));
      return new Figure(null, line, col);
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      String text = token.isScalarValue() ? parser.getText() : "…";
      problems.add(Problem.at(file, line, col, AnnualMessages.notNumber(cell, text), AnnualMessages.NOT_NUMBER_FIX));
      return new Figure(null, line, col);
    }
    BigDecimal value = parser.getDecimalValue();
    if (value.signum() < 0) {
      problems.add(Problem.at(file, line, col, AnnualMessages.negative(cell, value), AnnualMessages.NEGATIVE_FIX));
      return new Figure(null, line, col);
    }
    boolean amount = table == AnnualFormat.TWO && row.key().equals(AnnualFormat.FEES);
    if (!amount && value.stripTrailingZeros().scale() > 0) {
      problems.add(Problem.at(file, line, col, AnnualMessages.notWhole(cell, value), AnnualMessages.NOT_WHOLE_FIX));
      return new Figure(null, line, col);
    }
    return new Figure(amount ? value : value.setScale(0, java.math.RoundingMode.UNNECESSARY), line, col);
  }

  /** A cell in words: the row, then the column, e.g. {@code 三、（一）予以公开 / 自然人}. */
  static String cell(AnnualFormat.Row row, String column) {
    return row.words() + " / " + column;
  }

  private int line(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? firstLine : firstLine + location.getLineNr() - 1;
  }
}
