/** Stage 3: the immutable site model (sections, report pages, neighbours) and its URL scheme. */
package gongkai.site;
