package gongkai.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.problem.BuildFailedException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {
  private static final Path A_MD = Path.of("content", "gkml", "a.md");
  private static final Charset GBK = Charset.forName("GBK");
  private static final String NOT_UTF8 =
      ": error: file is GBK text, not UTF-8 — convert it: iconv -f GBK -t UTF-8 content/gkml/a.md > a.md.utf8 && mv a.md.utf8 content/gkml/a.md";

  // A file mixing UTF-8 and GBK, or cut off inside a character, is in no encoding at all.
  private static final String NEITHER =
      ": error: file is not UTF-8 text, nor GBK or GB18030 — save it as UTF-8 in your editor (另存为 → 编码: UTF-8)";

  private static String decode(byte[] bytes) {
    return TextDecoder.decode(bytes, A_MD);
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] b = part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  @Test
  void utf8TextIsReturnedUnchanged() {
    assertThat(decode(bytes("---\ntitle: 关于印发《工作要点》的通知\n---\n正文\n"))).isEqualTo("---\ntitle: 关于印发《工作要点》的通知\n---\n正文\n");
  }

  @Test
  void byteOrderMarkIsRemoved() {
    assertThat(decode(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "---\n"))).isEqualTo("---\n");
  }

  @Test
  void onlyALeadingByteOrderMarkIsRemoved() {
    assertThat(decode(bytes("甲\uFEFF乙"))).isEqualTo("甲\uFEFF乙");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "LF           | 一\\n二\\n\\n三\\n",
        "CRLF         | 一\\r\\n二\\r\\n\\r\\n三\\r\\n",
        "CR           | 一\\r二\\r\\r三\\r",
        "mixed        | 一\\r\\n二\\n\\r三\\r\\n",
      })
  void lineEndsBecomeLineFeeds(String name, String escaped) {
    String text = escaped.replace("\\r", "\r").replace("\\n", "\n");

    assertThat(decode(bytes(text))).isEqualTo("一\n二\n\n三\n");
  }

  @Test
  void byteOrderMarkAndCrlfAreBothHandled() {
    assertThat(decode(bytes("\uFEFF---\r\ntitle: 标题\r\n---\r\n"))).isEqualTo("---\ntitle: 标题\n---\n");
  }

  @ParameterizedTest(name = "GBK text on line {0}")
  @CsvSource({"1", "2", "5"})
  void gbkFileIsRejectedAtTheLineOfItsFirstBadByte(int badLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int line = 1; line < badLine; line++) {
      out.writeBytes(("line " + line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("title: 关于春运的通知\n".getBytes(GBK));
    out.writeBytes("后面还有一行\n".getBytes(GBK));

    assertThatThrownBy(() -> decode(out.toByteArray()))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems()).extracting(Object::toString).containsExactly("content/gkml/a.md:" + badLine + ":8" + NOT_UTF8));
  }

  // decode() turns CR, LF and CRLF into one line feed each, so the problem's line must count the same way.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CR    | \\r",
        "LF    | \\n",
        "CRLF  | \\r\\n",
        "LF CR | \\n\\r",
      })
  void badByteLineCountsEveryKindOfLineBreak(String name, String escapedBreak) {
    String lineBreak = escapedBreak.replace("\\r", "\r").replace("\\n", "\n");
    byte[] text = bytes("---" + lineBreak + "title: 标题" + lineBreak, "date: 2024-01-02 日期".getBytes(GBK), lineBreak);
    int expected = decode(bytes("---" + lineBreak + "title: 标题" + lineBreak)).split("\n", -1).length;

    assertThatThrownBy(() -> decode(text))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems()).extracting(Object::toString).containsExactly("content/gkml/a.md:" + expected + ":18" + NOT_UTF8));
  }

  @Test
  void loneCarriageReturnsAreLineBreaks() {
    byte[] text = bytes("一\r二\r\r", "四".getBytes(GBK), "\r");

    assertThatThrownBy(() -> decode(text))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems()).extracting(Object::toString).containsExactly("content/gkml/a.md:4:1" + NEITHER));
  }

  @Test
  void badByteOnALastLineWithoutNewlineIsFound() {
    byte[] text = bytes("---\r\ntitle: ok\r\n", "日期".getBytes(GBK));

    assertThatThrownBy(() -> decode(text))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems()).extracting(Object::toString).containsExactly("content/gkml/a.md:3:1" + NOT_UTF8));
  }

  @Test
  void gb18030FileIsNamedAsSuchWhenItNeedsFourByteCharacters() {
    // U+20000 has no GBK code; GB18030 writes it in four bytes, so only GB18030 decodes the file.
    byte[] text = bytes("title: ", "𠀀字".getBytes(Charset.forName("GB18030")), "\n");

    assertThatThrownBy(() -> decode(text))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "content/gkml/a.md:1:8: error: file is GB18030 text, not UTF-8 — convert it: iconv -f GB18030 -t UTF-8"
                    + " content/gkml/a.md > a.md.utf8 && mv a.md.utf8 content/gkml/a.md"));
  }

  @Test
  void utf16FileIsNamedByItsByteOrderMark() {
    byte[] text = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "---".getBytes(StandardCharsets.UTF_16LE));

    assertThat(TextDecoder.encoding(text)).isEqualTo("UTF-16");
  }

  @Test
  void truncatedUtf8SequenceIsRejected() {
    byte[] text = bytes("一\n", new byte[] {(byte) 0xE4, (byte) 0xB8});

    assertThatThrownBy(() -> decode(text))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> assertThat(e.problems()).extracting(Object::toString).containsExactly("content/gkml/a.md:2:1" + NEITHER));
  }
}
