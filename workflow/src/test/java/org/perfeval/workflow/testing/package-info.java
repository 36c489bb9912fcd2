/** Test support for the workflow: a clock tests can move. */
package org.perfeval.workflow.testing;
