package org.perfeval.scoring.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text to show people, as a message key and its arguments; rendered in the reader's language only when shown, so
 * that what is stored or thrown never fixes one language.
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }
}
