/** The command line: {@code gongkai build} and {@code gongkai new}, their options and exit codes. */
package gongkai.cli;
