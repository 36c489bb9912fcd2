/** Texts for people as message keys and arguments, rendered in the reader's language by each module's bundles. */
package org.perfeval.scoring.text;
