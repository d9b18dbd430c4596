/** The command line: {@code gongkai build} and {@code gongkai serve}, their options and exit codes. */
package gongkai.cli;
