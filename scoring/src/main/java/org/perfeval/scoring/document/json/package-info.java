/** The interchange format as JSON: read strictly, each refusal placed as people name the field, and written. */
package org.perfeval.scoring.document.json;
