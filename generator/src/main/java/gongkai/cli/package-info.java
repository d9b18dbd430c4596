/** The command line: {@code gongkai build}, its options and exit codes. */
package gongkai.cli;
