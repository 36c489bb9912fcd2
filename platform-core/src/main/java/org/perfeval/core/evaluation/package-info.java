/** Self-evaluations: the aggregate, its storage and changes in the interchange format, its stages for the workflow. */
package org.perfeval.core.evaluation;
