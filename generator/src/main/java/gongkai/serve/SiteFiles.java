package gongkai.serve;

/**
 * The built site as the preview serves it: files by their path below the base path
 * ({@code gkml/2024/a/index.html}), on disk after a full rebuild ({@link DiskFiles}) or rendered in
 * memory on request ({@link MemorySite}). Paths given here are already checked by
 * {@link RequestPath}: relative, {@code /}-separated, no dot or empty segments.
 */
public interface SiteFiles {
  /** The file's bytes, or null when the site has no such file. */
  byte[] read(String path);

  /** Whether {@code path} (without a trailing slash) is a folder of the site, so a request for it is redirected to {@code path/}. */
  boolean isDirectory(String path);

  /** No file at all: before the first good build. */
  SiteFiles NONE = new SiteFiles() {
    @Override
    public byte[] read(String path) {
      return null;
    }

    @Override
    public boolean isDirectory(String path) {
      return false;
    }
  };
}
