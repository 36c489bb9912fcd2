/** What scoring returns: the recomputed form, row by row, and every finding with its code, severity and place. */
package org.perfeval.scoring.result;
