package org.perfeval.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk reading the Chinese screens must never see: English words, raw codes such as ACTUAL_UNREADABLE, or JSON
 * pointers such as /indicators/7. Form content a test puts in is passed as allowed, and so is the product's name.
 */
public final class ChineseText {

    private ChineseText() {
    }

    public static void assertClean(String shown, String... allowed) {
        String rest = shown.replace("PerfEval", "");
        for (String text : allowed) {
            rest = rest.replace(text, "");
        }
        assertThat(rest).as("shown: " + shown).isNotBlank()
                .doesNotContainPattern("[A-Za-z]{2,}")
                .doesNotContainPattern("/[a-z]+/")
                .containsPattern("\\p{IsHan}");
    }
}
