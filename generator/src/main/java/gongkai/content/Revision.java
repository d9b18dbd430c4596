package gongkai.content;

import java.util.Objects;

/**
 * One entry of a report's 修订记录.
 *
 * @param date when the change was made
 * @param change what changed, in a sentence
 */
public record Revision(DisclosureDate date, String change) {
  public Revision {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(change, "change");
  }
}
