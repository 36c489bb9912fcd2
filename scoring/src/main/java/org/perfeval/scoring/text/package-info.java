/** Texts shown to people: a key and its values, rendered in a language from the resource bundles only when asked. */
package org.perfeval.scoring.text;
