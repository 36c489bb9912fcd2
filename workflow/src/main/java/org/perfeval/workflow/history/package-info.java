/** Score history (得分记录): a snapshot of the score and the form at every step, and the rows each resubmission changed. */
package org.perfeval.workflow.history;
