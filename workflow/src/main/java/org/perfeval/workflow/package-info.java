/** The self-evaluation workflow: the BPMN process and the services that drive it (Flowable lives only here). */
package org.perfeval.workflow;
