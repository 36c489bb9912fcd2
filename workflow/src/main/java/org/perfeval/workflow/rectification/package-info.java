/** Rectification (整改): what a finance send-back asks to be put right, and the department's answers. */
package org.perfeval.workflow.rectification;
