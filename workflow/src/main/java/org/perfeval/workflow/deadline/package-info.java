/** Deadlines (办理时限): each stage's due and reminder dates, and the timers' reminder and overdue events. */
package org.perfeval.workflow.deadline;
