package gongkai.content;

/**
 * A section's {@code _index.md}: its title and introduction.
 *
 * @param source the file
 * @param name the section folder, e.g. {@code gkml}
 * @param title the section's title
 * @param markdown the introduction
 * @param disclosure whether its reports are disclosures and so need an 索引号
 * @param kind what kind of 栏目 it is ({@code kind:}), {@link SectionKind#OTHER} when not said
 * @param kindLine the file line of {@code kind:}, or 0
 */
public record SectionPage(
    SourceFile source, String name, String title, String markdown, boolean disclosure, SectionKind kind, int kindLine) {
  public SectionPage {
    java.util.Objects.requireNonNull(kind, "kind");
  }

  public SectionPage(SourceFile source, String name, String title, String markdown, boolean disclosure) {
    this(source, name, title, markdown, disclosure, SectionKind.OTHER, 0);
  }
}
