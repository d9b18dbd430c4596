/** Stage 1: reads {@code content/} and {@code site.yaml} into validated {@link gongkai.content.Report} values. */
package gongkai.content;
