/** gongkai turns {@code content/} into {@code public/}; {@link gongkai.Build} is the pipeline. */
package gongkai;
