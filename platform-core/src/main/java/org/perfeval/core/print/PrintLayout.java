package org.perfeval.core.print;

/**
 * How a printed document is laid out around its content: its title (the PDF's metadata), the footer line printed on
 * every page, and its language (a BCP 47 tag such as zh-CN). Pages are A4 landscape and numbered.
 */
public record PrintLayout(String title, String footer, String languageTag) {
}
