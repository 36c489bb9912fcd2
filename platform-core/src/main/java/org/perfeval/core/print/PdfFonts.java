package org.perfeval.core.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF is set in: Noto Sans SC (SIL Open Font License 1.1, fonts/OFL.txt), shipped in this module's
 * resources so that a PDF looks the same on every machine, and never taken from the operating system (CI machines
 * have no CJK font at all). The regular face is complete; the bold one, used for headings and labels, is cut down to
 * GB 2312 and the Latin, CJK punctuation and full-width blocks, and a character it lacks falls back to the regular
 * face. Both are parsed once; each PDF embeds a subset of only the glyphs it uses.
 */
final class PdfFonts {

    /** The CSS font family of all text. */
    static final String FAMILY = "PerfEval Sans";
    /** The family a glyph missing from the bold face is looked for in. */
    static final String FALLBACK = "PerfEval Sans Full";

    private static final String REGULAR = "/fonts/NotoSansSC-Regular.ttf";
    private static final String BOLD = "/fonts/NotoSansSC-Bold-GB2312.ttf";

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    PdfFonts() {
        ClasspathFontMapper.install();
        this.regular = parse(REGULAR);
        this.bold = parse(BOLD);
    }

    /**
     * Registers both faces for one document. A parsed font reads its glyphs from one shared buffer, so documents are
     * made one at a time (the renderer sees to that).
     */
    void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
        PDFont regularFont = PDType0Font.load(document, regular, true);
        PDFont boldFont = PDType0Font.load(document, bold, true);
        builder.useFont(new PDFontSupplier(regularFont), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(boldFont), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(regularFont), FALLBACK, 400, FontStyle.NORMAL, true);
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the build");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + resource + " cannot be read", e);
        }
    }
}
