package org.perfeval.scoring.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text to show to people, not yet in any language: the key of its pattern in a resource bundle and the values for
 * the pattern's {@code {0}}, {@code {1}}... placeholders. A value may be another text, a {@link Labelled} constant,
 * a number or a string (form content, shown as written); null shows as nothing.
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        // List.copyOf refuses nulls, and a value left empty on a form is a null
        args = args == null ? List.of()
                : args.stream().anyMatch(Objects::isNull) ? Collections.unmodifiableList(new ArrayList<>(args))
                : List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args == null ? null : Arrays.asList(args));
    }
}
