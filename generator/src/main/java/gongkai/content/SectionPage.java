package gongkai.content;

/**
 * A section's {@code _index.md}: its title and introduction.
 *
 * @param source the file
 * @param name the section folder, e.g. {@code gkml}
 * @param title the section's title
 * @param markdown the introduction
 * @param disclosure whether its reports are disclosures and so need an 索引号
 */
public record SectionPage(SourceFile source, String name, String title, String markdown, boolean disclosure) {}
