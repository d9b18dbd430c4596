package gongkai.content;

import java.util.Locale;
import java.util.Map;

/**
 * The kind of an attachment, told from its extension in the words Chinese disclosure pages use next
 * to a 附件 link: a format's own name (PDF, Word, Excel, WPS, OFD), or 图片 and 文本 for pictures and
 * plain text, whose many formats mean nothing to most readers.
 */
final class AttachmentType {
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("pdf", "PDF"),
          Map.entry("doc", "Word"),
          Map.entry("docx", "Word"),
          Map.entry("xls", "Excel"),
          Map.entry("xlsx", "Excel"),
          Map.entry("ppt", "PowerPoint"),
          Map.entry("pptx", "PowerPoint"),
          Map.entry("wps", "WPS"),
          Map.entry("et", "WPS"),
          Map.entry("dps", "WPS"),
          Map.entry("ofd", "OFD"),
          Map.entry("zip", "ZIP"),
          Map.entry("png", "图片"),
          Map.entry("jpg", "图片"),
          Map.entry("jpeg", "图片"),
          Map.entry("gif", "图片"),
          Map.entry("webp", "图片"),
          Map.entry("txt", "文本"),
          Map.entry("csv", "文本"));

  /** Shown for a file without an extension. */
  static final String UNKNOWN = "文件";

  private AttachmentType() {}

  /** The label for {@code fileName}: a known kind, otherwise its extension in capitals ({@code RAR}). */
  static String of(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return UNKNOWN;
    }
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, extension.toUpperCase(Locale.ROOT));
  }
}
