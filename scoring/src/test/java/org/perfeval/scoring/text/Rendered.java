package org.perfeval.scoring.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test shorthand: a text rendered with the scoring bundle, and the form content it carries. */
public final class Rendered {

    private Rendered() {
    }

    public static String zh(Text text) {
        return Texts.scoring().render(text, Locale.CHINESE);
    }

    public static String en(Text text) {
        return Texts.scoring().render(text, Locale.ENGLISH);
    }

    public static String zh(Labelled constant) {
        return Texts.scoring().label(constant, Locale.CHINESE);
    }

    public static String en(Labelled constant) {
        return Texts.scoring().label(constant, Locale.ENGLISH);
    }

    /** Every string value in the text and the texts within it: what the form (or a scheme) said, not the bundle. */
    public static List<String> strings(Text text) {
        List<String> strings = new ArrayList<>();
        for (Object arg : text.args()) {
            if (arg instanceof String s && !s.isBlank()) {
                strings.add(s);
            } else if (arg instanceof Text inner) {
                strings.addAll(strings(inner));
            }
        }
        return strings;
    }
}
