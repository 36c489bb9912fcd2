/** The self-evaluation interchange format (perfeval/self-evaluation@1) as values: one filled form and its parts. */
package org.perfeval.scoring.document;
