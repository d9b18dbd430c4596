/** The site's search index: text from rendered bodies, the tokenizer, and the sharded index files the search page reads. */
package gongkai.search;
