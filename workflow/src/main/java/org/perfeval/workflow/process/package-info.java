/** The self-evaluation process: its steps, who may take them, withdrawal, and the process diagram. */
package org.perfeval.workflow.process;
