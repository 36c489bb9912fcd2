package org.perfeval.core.evaluation.records;

/** A supporting document's metadata as the uploader gives it; the SHA-256 is hex, 64 characters. */
public record NewAttachment(String fileName, String contentType, long sizeBytes, String sha256) {
}
