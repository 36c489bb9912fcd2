package org.perfeval.core.print;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;

/** How every PDF endpoint answers: the language asked for, and the file as an attachment with its name. */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    /** Chinese when the client names no language: the forms are Chinese documents. */
    public static Locale requested(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.SIMPLIFIED_CHINESE
                : request.getLocale();
    }

    public static ResponseEntity<byte[]> download(PdfFile file, CacheControl cache) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
