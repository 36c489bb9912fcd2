package org.perfeval.workflow.disclosure.pdf;

import org.perfeval.core.print.PdfDownloads;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** The disclosed report's PDF beside its JSON under /api/public: no login; 404 for a report not disclosed. */
@RestController
class PublicReportPdfController {

    private final DisclosedReportPdf pdfs;

    PublicReportPdfController(DisclosedReportPdf pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping(path = "/api/public/reports/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
        return pdfs.pdf(id, PdfDownloads.requested(request))
                .map(file -> PdfDownloads.download(file, CacheControl.noCache()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
