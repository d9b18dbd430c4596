package gongkai.content;

import gongkai.problem.BuildFailedException;
import gongkai.problem.Message;
import gongkai.problem.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes publisher files as strict UTF-8, so a file in another encoding fails instead of turning
 * into mojibake. A file that is not UTF-8 is told by the encoding it is in, when that is one Chinese
 * editors' tools still write (GBK, GB18030, UTF-16), with the command that converts it.
 */
final class TextDecoder {
  private TextDecoder() {}

  /**
   * Returns the text with any byte-order mark removed and CRLF / CR turned into LF.
   *
   * @throws BuildFailedException when the bytes are not UTF-8
   */
  static String decode(byte[] bytes, Path displayPath) {
    String text;
    try {
      text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BuildFailedException(problem(bytes, displayPath));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Problem problem(byte[] bytes, Path displayPath) {
    int bad = firstBadByte(bytes);
    String encoding = encoding(bytes);
    String path = displayPath.toString().replace('\\', '/');
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (encoding == null) {
      return Problem.at(displayPath, line(bytes, bad), column(bytes, bad), Message.of("content.encoding.unknown"),
          Message.of("content.encoding.unknown.fix"));
    }
    return Problem.at(displayPath, line(bytes, bad), column(bytes, bad), Message.of("content.encoding.named", encoding),
        Message.of("content.encoding.named.fix", encoding, path, name));
  }

  /**
   * The encoding the bytes decode in without error, most specific first: a UTF-16 byte-order mark,
   * then GBK (which includes GB2312), then GB18030 (GBK plus four-byte sequences for the rest of
   * Unicode); null when none fits.
   */
  static String encoding(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
        || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
      return "UTF-16";
    }
    for (String name : new String[] {"GBK", "GB18030"}) {
      try {
        strict(Charset.forName(name)).decode(ByteBuffer.wrap(bytes));
        return name;
      } catch (CharacterCodingException e) {
        // not this one
      }
    }
    return null;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte that is not UTF-8. */
  private static int firstBadByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = strict(StandardCharsets.UTF_8).decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }

  /**
   * Lines end at LF, CR or CRLF (one break), as {@link #decode} turns them into LF, so the line
   * matches the one every later problem in the file counts. CR and LF never occur inside a UTF-8 or
   * GBK multi-byte character, so counting them is safe.
   */
  private static int line(byte[] bytes, int end) {
    int line = 1;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
      }
    }
    return line;
  }

  /** The column of the bad byte: the UTF-8 characters before it on its line, plus one. */
  private static int column(byte[] bytes, int bad) {
    int start = bad;
    while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
      start--;
    }
    String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
    return before.codePointCount(0, before.length()) + 1;
  }
}
