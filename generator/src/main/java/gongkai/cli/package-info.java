/** The command line: {@code gongkai build}, {@code check}, {@code new} and {@code serve}, their options and exit codes. */
package gongkai.cli;
