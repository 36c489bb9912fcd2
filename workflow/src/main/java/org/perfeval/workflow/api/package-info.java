/** The workflow's REST API: the same steps, checks and records as the screens use. */
package org.perfeval.workflow.api;
