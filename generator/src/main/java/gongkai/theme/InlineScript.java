package gongkai.theme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one script a page runs inline: it applies the reader's remembered 字号 and reading settings
 * before the first paint, so the page does not flash at the default size. Every other script is an
 * external file, so a strict Content-Security-Policy allows this one by its hash alone.
 *
 * @param source the script, as the theme's {@code head-script.peb} renders it
 * @param cspHash the CSP source expression allowing it, e.g. {@code 'sha256-…'}
 */
public record InlineScript(String source, String cspHash) {
  /** The template, looked up through the theme chain like any other. */
  static final String TEMPLATE = "head-script.peb";

  static InlineScript of(String source) {
    String trimmed = source.strip();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(trimmed.getBytes(StandardCharsets.UTF_8));
      return new InlineScript(trimmed, "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
