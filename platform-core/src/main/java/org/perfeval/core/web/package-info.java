/** Refusals shared by every feature, and how the REST API answers them: problem details in the caller's language. */
package org.perfeval.core.web;
