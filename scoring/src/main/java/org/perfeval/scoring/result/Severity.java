package org.perfeval.scoring.result;

import org.perfeval.scoring.text.Labelled;

/** How much a finding matters: an ERROR blocks submission, a WARNING asks for attention, INFO is a note. */
public enum Severity implements Labelled {
    ERROR,
    WARNING,
    INFO;

    @Override
    public String labelKey() {
        return "severity." + name();
    }
}
