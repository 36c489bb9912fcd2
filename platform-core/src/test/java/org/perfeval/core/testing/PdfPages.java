package org.perfeval.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox as a reader would: the text of each page, its size, and the fonts it is set in. */
public record PdfPages(List<String> texts, List<PDRectangle> sizes, List<String> fonts, List<String> notEmbedded) {

    public static PdfPages read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            List<PDRectangle> sizes = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
                PDPage pdPage = document.getPage(page - 1);
                sizes.add(pdPage.getMediaBox());
                PDResources resources = pdPage.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            return new PdfPages(texts, sizes, fonts, notEmbedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        return texts.size();
    }

    /** All pages' text, with line breaks and the spaces PDFBox puts between glyph runs taken out. */
    public String text() {
        return String.join("", texts).replaceAll("\\s+", "");
    }

    /** Every page is A4 landscape (842 × 595 points), set only in embedded fonts, and numbered "第 X 页 共 Y 页". */
    public void assertA4LandscapeEmbeddedAndNumbered() {
        assertThat(count()).isPositive();
        assertThat(sizes).allSatisfy(size -> {
            assertThat(Math.round(size.getWidth())).isEqualTo(842);
            assertThat(Math.round(size.getHeight())).isEqualTo(595);
        });
        assertThat(fonts).isNotEmpty();
        assertThat(notEmbedded).as("fonts not embedded").isEmpty();
        for (int page = 1; page <= count(); page++) {
            assertThat(texts.get(page - 1).replaceAll("\\s+", "")).as("page " + page)
                    .contains("第" + page + "页共" + count() + "页");
        }
    }
}
