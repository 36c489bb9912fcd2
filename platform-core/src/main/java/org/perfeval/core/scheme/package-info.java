/** Scoring schemes: the published ones, administrators' copies stored and validated, and the scorer using both. */
package org.perfeval.core.scheme;
