package gongkai.annual;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON Schema of {@code annual_report}, made from {@link AnnualFormat} so editors and the checks agree. */
public final class AnnualSchema {
  private AnnualSchema() {}

  /** Fills {@code property} with the schema of the figures block. */
  public static void describe(ObjectNode property) {
    property.put("type", "object");
    ArrayNode required = property.putArray("required").add(AnnualFormat.YEAR);
    ObjectNode properties = property.putObject("properties");
    properties.putObject(AnnualFormat.YEAR).put("type", "integer").put("minimum", 2000).put("maximum", 2999)
        .put("description", "报告所属年度，例如 2025。 The year the report covers.");
    for (AnnualFormat.Table table : AnnualFormat.TABLES) {
      required.add(table.key());
      ObjectNode node = properties.putObject(table.key()).put("type", "object");
      node.put("title", table.caption());
      ArrayNode rows = node.putArray("required");
      ObjectNode rowProperties = node.putObject("properties");
      for (AnnualFormat.Row row : table.rows()) {
        rows.add(row.key());
        List<String> columns = AnnualFormat.columns(table, row);
        boolean amount = table == AnnualFormat.TWO && row.key().equals(AnnualFormat.FEES);
        ObjectNode figure = NumberSchema.of(amount);
        ObjectNode rowNode = rowProperties.putObject(row.key());
        rowNode.put("description", row.words() + "：" + String.join("、", columns));
        if (columns.size() == 1) {
          ArrayNode anyOf = rowNode.putArray("anyOf");
          anyOf.add(figure.deepCopy());
          anyOf.addObject().put("type", "array").put("minItems", 1).put("maxItems", 1).set("items", figure);
        } else {
          rowNode.put("type", "array").put("minItems", columns.size()).put("maxItems", columns.size()).set("items", figure);
        }
      }
      node.put("additionalProperties", false);
    }
    property.put("additionalProperties", false);
  }

  private static final class NumberSchema {
    static ObjectNode of(boolean amount) {
      ObjectNode n = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      return n.put("type", amount ? "number" : "integer").put("minimum", 0);
    }
  }
}
