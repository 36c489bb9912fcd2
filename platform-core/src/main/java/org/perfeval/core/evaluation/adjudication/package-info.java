/** The finance reviewer's decisions (认定) on rows the rules cannot decide, kept with their rows; scoring with them. */
package org.perfeval.core.evaluation.adjudication;
