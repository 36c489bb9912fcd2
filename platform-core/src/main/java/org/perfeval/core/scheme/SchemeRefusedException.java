package org.perfeval.core.scheme;

import java.util.List;
import java.util.Optional;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** A scheme was refused, each reason with its JSON pointer; nothing was stored. */
public class SchemeRefusedException extends RefusedException {

    public SchemeRefusedException(List<FieldRefusal> fields) {
        super(Kind.BAD_REQUEST, summary(fields), fields);
    }

    @Override
    public Optional<Text> title() {
        return Optional.of(Text.of("core.scheme.refused"));
    }
}
