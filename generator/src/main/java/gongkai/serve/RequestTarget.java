package gongkai.serve;

import java.nio.file.Path;

/** What a request path names: a file to send, a redirect, nothing (404) or a malformed path (400). */
sealed interface RequestTarget {
  record File(Path path) implements RequestTarget {}

  record Redirect(String location) implements RequestTarget {}

  record NotFound() implements RequestTarget {}

  record Rejected(String reason) implements RequestTarget {}
}
