/** The checks that need several stages (links, duplicate 索引号) and {@code gongkai check}: everything a build verifies, nothing written. */
package gongkai.check;
