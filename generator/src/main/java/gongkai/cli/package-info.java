/** The command line: {@code gongkai build} and {@code gongkai check}, their options and exit codes. */
package gongkai.cli;
