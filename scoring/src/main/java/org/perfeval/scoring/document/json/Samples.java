package org.perfeval.scoring.document.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.perfeval.scoring.document.SelfEvaluationDocument;

/**
 * The seed report, 郑州市金水区人民政府办公室's 2021 self-evaluation, as shipped with the scorer: the platform's demo
 * data and the first case of every test. It is a copy of the shared fixture, kept identical by a test.
 */
public final class Samples {

    public static final String JINSHUI_2021_RESOURCE = "jinshui-2021.json";

    private Samples() {
    }

    public static String jinshui2021Json() {
        try (InputStream in = Samples.class.getResourceAsStream(JINSHUI_2021_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample " + JINSHUI_2021_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SelfEvaluationDocument jinshui2021() {
        return new DocumentReader().read(jinshui2021Json()).documentIfValid()
                .orElseThrow(() -> new IllegalStateException("the sample does not read"));
    }
}
