/** The self-evaluation REST API: import and export in the interchange format, listing, scoring, guarded updates. */
package org.perfeval.core.evaluation.api;
