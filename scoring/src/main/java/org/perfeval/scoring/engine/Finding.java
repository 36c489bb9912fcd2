package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One discrepancy: its stable code, severity, where it is (a JSON pointer into the scored document, such as
 * {@code /indicators/5}) and the values it is about (a row result stands for its explanation). The message is
 * rendered from those values only when asked for, which keeps scoring fast.
 */
public record Finding(FindingCode code, Severity severity, String pointer, List<Object> args) {

    public Finding {
        args = args.contains(null) ? Collections.unmodifiableList(new ArrayList<>(args)) : List.copyOf(args);
    }

    public Message message() {
        return new Message(code.zhTemplate().formatted(values(true)), code.enTemplate().formatted(values(false)));
    }

    private Object[] values(boolean chinese) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (args.get(i)) {
                case BigDecimal d -> d.toPlainString();
                case Message m -> chinese ? m.zh() : m.en();
                case RowResult row -> chinese ? row.explanation().zh() : row.explanation().en();
                case null -> "";
                case Object o -> String.valueOf(o);
            };
        }
        return values;
    }
}
