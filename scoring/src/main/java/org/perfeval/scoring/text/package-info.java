/** Texts for people: message keys with arguments, rendered in the reader's language. */
package org.perfeval.scoring.text;
