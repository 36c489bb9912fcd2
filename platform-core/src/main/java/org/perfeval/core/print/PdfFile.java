package org.perfeval.core.print;

/** A PDF made for download: the name to save it under and its bytes. */
public record PdfFile(String fileName, byte[] content) {
}
