/** The command line: {@code gongkai build}, {@code gongkai new} and {@code gongkai serve}, their options and exit codes. */
package gongkai.cli;
