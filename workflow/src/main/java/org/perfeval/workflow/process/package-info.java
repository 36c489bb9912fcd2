/** The self-evaluation process: its steps, who may take them, and what each step records. */
package org.perfeval.workflow.process;
