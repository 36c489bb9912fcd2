package org.perfeval.scoring.text;

/** A constant shown to people by its label: the key of that label in a resource bundle. */
public interface Labelled {

    String labelKey();
}
