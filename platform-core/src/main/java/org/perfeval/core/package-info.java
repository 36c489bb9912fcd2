/** PerfEval's domain, persistence and security model: departments, accounts and self-evaluations. */
package org.perfeval.core;
