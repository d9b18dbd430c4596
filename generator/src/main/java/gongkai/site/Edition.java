package gongkai.site;

import java.util.Locale;

/**
 * The two editions every page exists in (DESIGN.md). "Edition", not "version", so the care
 * version is never mistaken for a software version.
 */
public enum Edition {
  /** The standard edition, at the site root, rendered with the {@code standard} theme. */
  STANDARD(""),
  /** The care edition (关怀版) for elderly and low-vision readers, under {@code care/}, rendered with the {@code care} theme. */
  CARE("care/");

  private final String prefix;

  Edition(String prefix) {
    this.prefix = prefix;
  }

  /** Prepended to every site path of this edition: {@code ""} or {@code care/}. */
  public String prefix() {
    return prefix;
  }

  /** The theme folder that renders this edition. */
  public String theme() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The other edition, which every page links to at the same place. */
  public Edition counterpart() {
    return this == STANDARD ? CARE : STANDARD;
  }
}
