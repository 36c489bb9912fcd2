package org.perfeval.core.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Keeps PDFBox away from the operating system's fonts. The layout engine sets up the 14 standard PDF fonts, and
 * PDFBox's own mapper answers that by scanning every font folder of the machine (seconds on a cold start, and a cache
 * file in the home folder). PerfEval never prints in those fonts, so every such request gets the Liberation Sans that
 * ships inside PDFBox itself, marked as a fallback.
 */
final class ClasspathFontMapper implements FontMapper {

    private static final String LAST_RESORT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static boolean installed;

    private final TrueTypeFont lastResort;

    private ClasspathFontMapper() {
        try (InputStream in = FontMapper.class.getResourceAsStream(LAST_RESORT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox ships no " + LAST_RESORT);
            }
            lastResort = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs the mapper for the whole JVM, once: PDFBox keeps one. */
    static synchronized void install() {
        if (!installed) {
            FontMappers.set(new ClasspathFontMapper());
            installed = true;
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(lastResort, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(lastResort, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor,
                                     PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, lastResort, true);
    }
}
