/** 认定: the finance reviewer decides, at the finance check, the rows of a form the rules cannot decide. */
package org.perfeval.workflow.adjudication;
