/** Operations: business figures for Prometheus (steps, scoring time, open and overdue tasks, outbox) and the step log. */
package org.perfeval.workflow.metrics;
