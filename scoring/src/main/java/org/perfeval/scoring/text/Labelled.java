package org.perfeval.scoring.text;

/** A value shown to people by its label, looked up by key in the reader's language. */
public interface Labelled {

    String labelKey();
}
