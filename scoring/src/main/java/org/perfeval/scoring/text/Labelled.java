package org.perfeval.scoring.text;

/** A value shown to people by its label: the message key of its name in each language. */
public interface Labelled {

    String labelKey();
}
