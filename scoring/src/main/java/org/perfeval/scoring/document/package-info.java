/** The self-evaluation interchange format (perfeval/self-evaluation@1): its model, reader and writer. */
package org.perfeval.scoring.document;
