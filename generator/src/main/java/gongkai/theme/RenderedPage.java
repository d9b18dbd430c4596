package gongkai.theme;

/**
 * One page of HTML.
 *
 * @param path site path of the file, e.g. {@code gkml/index.html}
 * @param html the document
 */
public record RenderedPage(String path, String html) {}
