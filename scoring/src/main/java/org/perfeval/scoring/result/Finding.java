package org.perfeval.scoring.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.perfeval.scoring.text.Text;

/**
 * One discrepancy: its stable code, severity, where it is for links (a JSON pointer into the scored document, such
 * as {@code /indicators/5}), where it is for people (its place, such as "第 6 行 预算执行率") and the values it is
 * about (a row result stands for its explanation). The text is made from those only when asked for, and rendered
 * only by whoever shows it, which keeps scoring fast.
 */
public record Finding(FindingCode code, Severity severity, String pointer, Text place, List<Object> args) {

    public Finding {
        args = args.contains(null) ? Collections.unmodifiableList(new ArrayList<>(args)) : List.copyOf(args);
    }

    /** The message: {@code finding.<CODE>} with the place as {@code {0}} and the args after it. */
    public Text text() {
        List<Object> values = new ArrayList<>(args.size() + 1);
        values.add(place);
        for (Object arg : args) {
            values.add(arg instanceof RowResult row ? row.explanation() : arg);
        }
        return new Text(code.labelKey(), values);
    }
}
