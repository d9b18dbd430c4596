/** What publishers are told when their content is wrong: problems with a file and a line. */
package gongkai.problem;
