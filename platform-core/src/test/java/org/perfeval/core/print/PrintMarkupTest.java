package org.perfeval.core.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a form holds prints as written: markup characters are escaped, and the page numbers become CSS counters. */
class PrintMarkupTest {

    @Test
    void markupCharactersInAFormAreEscapedAndStrayControlCharactersLeftOut() {
        assertThat(Xhtml.escape("A&B <c> \"d\" 'e'\u0007\n行")).isEqualTo(
                "A&amp;B &lt;c&gt; &quot;d&quot; &#39;e&#39;\n行");
        assertThat(new Xhtml().td(null).td(" ").number(null).toString())
                .isEqualTo("<td>—</td><td>—</td><td class=\"number\">—</td>");
    }

    @Test
    void thePageNumberMessageBecomesCssCountersInEitherLanguage() {
        assertThat(PdfRenderer.counters("第 \u0001 页 共 \u0002 页"))
                .isEqualTo("'第 ' counter(page) ' 页 共 ' counter(pages) ' 页'");
        assertThat(PdfRenderer.counters("Page \u0001 of \u0002"))
                .isEqualTo("'Page ' counter(page) ' of ' counter(pages)");
        assertThat(PdfRenderer.counters("it's \u0001")).isEqualTo("'it\\'s ' counter(page)");
    }
}
