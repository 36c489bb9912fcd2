/** PerfEval, the budget-performance self-evaluation platform: the application's root. */
package org.perfeval;
