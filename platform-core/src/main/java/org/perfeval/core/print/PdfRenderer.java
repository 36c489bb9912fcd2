package org.perfeval.core.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Makes a PDF from a printed form's XHTML body: A4 landscape, set in the shipped CJK font, with the layout's footer
 * line and "第 X 页 共 Y 页" on every page, and a table's header row repeated on each page it runs over. Documents are
 * made one at a time: the parsed fonts are shared, and a queue of a few PDFs costs less memory than parallel ones.
 */
@Component
public class PdfRenderer {

    /** Placeholders the page-number message is rendered with, turned into CSS counters afterwards. */
    private static final String PAGE = "\u0001";
    private static final String PAGES = "\u0002";

    private PdfFonts fonts;

    public synchronized byte[] render(PrintLayout layout, Words words, String body) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            fonts().register(builder, document);
            builder.withHtmlContent(page(layout, words, body), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }

    /** The fonts, parsed when the first PDF is asked for rather than when the application starts. */
    private PdfFonts fonts() {
        if (fonts == null) {
            fonts = new PdfFonts();
        }
        return fonts;
    }

    private static String page(PrintLayout layout, Words words, String body) {
        String pageNumbers = counters(words.get("print.pages", PAGE, PAGES));
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + Xhtml.escape(layout.languageTag())
                + "\"><head><meta charset=\"UTF-8\"/><title>" + Xhtml.escape(layout.title()) + "</title><style>"
                + PrintCss.css(pageNumbers) + "</style></head><body><div class=\"footer\">"
                + Xhtml.escape(layout.footer() == null ? "" : layout.footer()) + "</div>" + body + "</body></html>";
    }

    /** "第 \1 页 共 \2 页" as CSS content: '第 ' counter(page) ' 页 共 ' counter(pages) ' 页'. */
    static String counters(String rendered) {
        StringBuilder css = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (c == PAGE.charAt(0) || c == PAGES.charAt(0)) {
                css.append(quoted(literal)).append(c == PAGE.charAt(0) ? " counter(page) " : " counter(pages) ");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return css.append(quoted(literal)).toString().strip();
    }

    private static String quoted(CharSequence literal) {
        return literal.isEmpty() ? "" : "'" + literal.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
