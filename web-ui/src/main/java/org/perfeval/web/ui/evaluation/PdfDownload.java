package org.perfeval.web.ui.evaluation;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.perfeval.core.print.EvaluationPdf;
import org.perfeval.core.print.PdfFile;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The link that downloads the form as a PDF for stamping, in the screen's language. The PDF is made when the link is
 * followed, under the logged-in user's access rights, never while the page is drawn.
 */
final class PdfDownload {

    private PdfDownload() {
    }

    static Anchor link(EvaluationPdf pdfs, long id, Locale locale, String label) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            PdfFile file = pdfs.evaluation(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    "application/pdf", file.content().length);
        }), label);
        link.setId("evaluation-pdf");
        return link;
    }
}
