/** Stage 2: renders report Markdown to HTML and collects its headings for the 目录导读. */
package gongkai.markdown;
