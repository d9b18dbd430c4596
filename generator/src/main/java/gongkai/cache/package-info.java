/** What lets builds and the preview skip unchanged work: hashes, fingerprints, the build cache and memory-bounded memos. */
package gongkai.cache;
