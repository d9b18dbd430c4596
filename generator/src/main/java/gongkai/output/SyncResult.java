package gongkai.output;

/**
 * What bringing the output folder up to date did.
 *
 * @param written files created or changed
 * @param unchanged files whose bytes were already right, left untouched
 * @param removed stale files deleted
 */
public record SyncResult(int written, int unchanged, int removed) {}
