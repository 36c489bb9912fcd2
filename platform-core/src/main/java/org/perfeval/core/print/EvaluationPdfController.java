package org.perfeval.core.print;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** The self-evaluation as a PDF over the API, under the form's own access rules; never cached on the way. */
@RestController
class EvaluationPdfController {

    private final EvaluationPdf pdfs;

    EvaluationPdfController(EvaluationPdf pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping(path = "/api/evaluations/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
        return PdfDownloads.download(pdfs.evaluation(id, PdfDownloads.requested(request)), CacheControl.noStore());
    }
}
