/** 年度自评任务: rounds the finance bureau opens, the drafts they pre-fill, and the templates (指标库) forms start from. */
package org.perfeval.workflow.round;
