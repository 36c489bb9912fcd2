/** The audit trail (审计轨迹): every workflow action, who took it and why; written once, never changed. */
package org.perfeval.workflow.audit;
