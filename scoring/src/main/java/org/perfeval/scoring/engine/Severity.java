package org.perfeval.scoring.engine;

/** How much a finding matters: an ERROR blocks submission, a WARNING asks for attention, INFO is a note. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
