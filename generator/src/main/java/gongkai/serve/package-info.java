/**
 * The live preview ({@code gongkai serve}): builds into a temporary folder, serves it with the JDK's
 * HTTP server, rebuilds when {@code content/} or {@code themes/} change and reloads the open tab.
 */
package gongkai.serve;
