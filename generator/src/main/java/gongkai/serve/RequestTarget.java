package gongkai.serve;

/** What a request path names: a file to send, a redirect, nothing (404) or a malformed path (400). */
sealed interface RequestTarget {
  /** @param path the file's path in the site, {@code gkml/index.html} */
  record File(String path) implements RequestTarget {}

  record Redirect(String location) implements RequestTarget {}

  record NotFound() implements RequestTarget {}

  record Rejected(String reason) implements RequestTarget {}
}
