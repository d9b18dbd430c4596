package gongkai.annual;

import java.math.BigDecimal;

/**
 * One figure of a table as the report's front matter wrote it.
 *
 * @param value the number, or null when it is missing or not a valid figure (a problem says which)
 * @param line the file line it is on
 * @param column the file column it starts at
 */
public record Figure(BigDecimal value, int line, int column) {}
