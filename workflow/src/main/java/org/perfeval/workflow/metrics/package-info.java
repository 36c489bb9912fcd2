/** The platform's business figures for Prometheus: steps taken, scoring time, open and overdue tasks, outbox backlog. */
package org.perfeval.workflow.metrics;
