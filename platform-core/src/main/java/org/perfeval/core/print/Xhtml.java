package org.perfeval.core.print;

import java.math.BigDecimal;

/**
 * A small XHTML writer for printed forms: elements with a class, and text always escaped, so that whatever a form
 * holds (an ampersand, a "<", a line break) prints as written and never breaks the markup.
 */
public final class Xhtml {

    /** What an empty cell shows. */
    public static final String EMPTY = "—";

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Opens {@code tag} with a class (null for none) and further attributes as name, value pairs. */
    public Xhtml open(String tag, String cssClass, String... attributes) {
        out.append('<').append(tag);
        if (cssClass != null) {
            attribute("class", cssClass);
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        out.append('>');
        return this;
    }

    public Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text; a null or blank text shows {@link #EMPTY}. */
    public Xhtml element(String tag, String cssClass, String text, String... attributes) {
        return open(tag, cssClass, attributes).text(text == null || text.isBlank() ? EMPTY : text).close(tag);
    }

    public Xhtml text(String text) {
        out.append(escape(text == null ? "" : text));
        return this;
    }

    /** A table header cell. */
    public Xhtml th(String text, String... attributes) {
        return element("th", null, text, attributes);
    }

    /** A table cell of text. */
    public Xhtml td(String text, String... attributes) {
        return element("td", null, text, attributes);
    }

    /** A table cell holding a number, right-aligned. */
    public Xhtml number(BigDecimal value) {
        return element("td", "number", value == null ? null : value.toPlainString());
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                // XML 1.0 allows no other control characters; a form's stray one is left out
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
