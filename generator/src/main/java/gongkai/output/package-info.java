/** Stage 5: the only package that writes files: brings the output folder to the new build's state. */
package gongkai.output;
