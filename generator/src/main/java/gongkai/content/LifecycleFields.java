package gongkai.content;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.problem.Message;
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
  static final Message DATE_FIX = Message.of("content.date.written.fix");
  static final Message REVISIONS_FIX = Message.of("content.revisions.fix");

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
    } catch (InvalidValue e) {
      fields.problem("validity", e.message(), Vocabulary.suggestion("validity", text, Validity.labels()));
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
          Message.of("content.expires.before-date", expires, date.value().toLocalDate()),
          Message.of("content.expires.before-date.fix"));
    }
    DisclosureDate updated = fields.parsed("updated", s -> DisclosureDate.parse(s, zone), DATE_FIX);
    if (updated != null && date != null && updated.compareTo(date) < 0) {
      fields.problem(
          "updated",
          Message.of("content.updated.before-date", updated.value().toLocalDate(), date.value().toLocalDate()),
          Message.of("content.updated.before-date.fix"));
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
      fields.problem("revisions", Message.of("content.field.list", "revisions"), REVISIONS_FIX);
      return List.of();
    }
    List<Revision> list = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String dateText = item.isObject() && item.path("date").isValueNode() ? item.path("date").asText().strip() : "";
      String change = item.isObject() && item.path("change").isValueNode() ? item.path("change").asText().strip() : "";
      if (dateText.isEmpty() || change.isEmpty()) {
        fields.itemProblem("revisions", i, Message.of("content.revisions.item"), REVISIONS_FIX);
        continue;
      }
      try {
        list.add(new Revision(DisclosureDate.parse(dateText, zone), change));
      } catch (InvalidValue e) {
        fields.itemProblem("revisions", i, e.message(), DATE_FIX);
      }
    }
    return list;
  }
}
