/** The scoring engine: recomputes a self-evaluation form under a scheme and explains every discrepancy. */
package org.perfeval.scoring.engine;
