package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the front-matter keys of a document's life ({@code validity}, {@code effective},
 * {@code expires}, {@code updated}, {@code replaced_by}, {@code replaces}, {@code interprets},
 * {@code revisions}), reporting each mistake at its line. Whether a related report exists is
 * checked across reports (gongkai.check.RelationCheck).
 */
final class LifecycleFields {
  static final String DATE_FIX = "write the date as YYYY-MM-DD";
  static final String REVISIONS_FIX = "write each as '- date: 2024-06-01' with 'change: 修改了第五条' below it";

  private final FieldReader fields;
  private final ZoneId zone;

  LifecycleFields(FieldReader fields, ZoneId zone) {
    this.fields = fields;
    this.zone = zone;
  }

  /** 有效性 as written; an unknown value is a problem that suggests the nearest allowed one. */
  Validity validity() {
    String text = fields.text("validity");
    if (text == null) {
      return null;
    }
    try {
      return Validity.parse(text);
    } catch (IllegalArgumentException e) {
      String nearest = Validity.nearest(text).label();
      fields.problem("validity", e.getMessage(), "did you mean " + nearest + "? write validity: " + nearest);
      return null;
    }
  }

  /** @param date 发布日期, or null when it could not be read */
  Lifecycle read(DisclosureDate date) {
    LocalDate effective = day("effective");
    LocalDate expires = day("expires");
    if (expires != null && date != null && expires.isBefore(date.value().toLocalDate())) {
      fields.problem(
          "expires",
          "expires " + expires + " is before date (发布日期) " + date.value().toLocalDate(),
          "expires is the first day the document is no longer in force; check both dates");
    }
    DisclosureDate updated = fields.parsed("updated", s -> DisclosureDate.parse(s, zone), DATE_FIX);
    if (updated != null && date != null && updated.compareTo(date) < 0) {
      fields.problem(
          "updated",
          "updated " + updated.value().toLocalDate() + " is before date (发布日期) " + date.value().toLocalDate(),
          "updated is the last substantive change, on or after the date it was published");
    }
    return new Lifecycle(
        effective,
        expires,
        updated,
        fields.text("replaced_by"),
        fields.textList("replaces"),
        fields.text("interprets"),
        revisions());
  }

  private LocalDate day(String key) {
    DisclosureDate value = fields.parsed(key, s -> DisclosureDate.parse(s, zone), DATE_FIX);
    return value == null ? null : value.value().toLocalDate();
  }

  private List<Revision> revisions() {
    JsonNode node = fields.mapping().get("revisions");
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      fields.problem("revisions", "'revisions' must be a list", REVISIONS_FIX);
      return List.of();
    }
    List<Revision> list = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String dateText = item.isObject() && item.path("date").isValueNode() ? item.path("date").asText().strip() : "";
      String change = item.isObject() && item.path("change").isValueNode() ? item.path("change").asText().strip() : "";
      if (dateText.isEmpty() || change.isEmpty()) {
        fields.itemProblem("revisions", i, "a revision needs a 'date' and a 'change'", REVISIONS_FIX);
        continue;
      }
      try {
        list.add(new Revision(DisclosureDate.parse(dateText, zone), change));
      } catch (IllegalArgumentException e) {
        fields.itemProblem("revisions", i, e.getMessage(), DATE_FIX);
      }
    }
    return list;
  }
}
