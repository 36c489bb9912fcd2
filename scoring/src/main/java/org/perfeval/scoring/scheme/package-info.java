/** Scoring schemes: the regional rule sets as data, with their validation and the built-in registry. */
package org.perfeval.scoring.scheme;
