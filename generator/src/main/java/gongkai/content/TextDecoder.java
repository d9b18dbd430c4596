package gongkai.content;

import gongkai.problem.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Decodes publisher files as strict UTF-8, so a file in another encoding fails instead of turning into mojibake. */
final class TextDecoder {
  private TextDecoder() {}

  /**
   * Returns the text with any byte-order mark removed and CRLF / CR turned into LF.
   *
   * @throws gongkai.problem.BuildFailedException when the bytes are not UTF-8
   */
  static String decode(byte[] bytes, Path displayPath) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new gongkai.problem.BuildFailedException(
          Problem.at(
              displayPath,
              lineOfFirstBadByte(bytes),
              "file is not UTF-8 text (perhaps GBK)",
              "save it as UTF-8, e.g. iconv -f GB18030 -t UTF-8 old.md > new.md"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Lines end at LF, CR or CRLF (one break), as {@link #decode} turns them into LF, so the line
   * matches the one every later problem in the file counts. CR and LF never occur inside a UTF-8 or
   * GBK multi-byte character, so splitting on them is safe.
   */
  private static int lineOfFirstBadByte(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
        continue;
      }
      try {
        decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
      } catch (CharacterCodingException e) {
        return line;
      }
      if (i + 1 < bytes.length && bytes[i] == '\r' && bytes[i + 1] == '\n') {
        i++;
      }
      line++;
      start = i + 1;
    }
    return 1;
  }
}
