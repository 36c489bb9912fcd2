/** Self-evaluations: their storage, import and export in the interchange format, and the REST API for both. */
package org.perfeval.core.evaluation;
