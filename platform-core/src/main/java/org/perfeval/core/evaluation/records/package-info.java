/** What is filed with a self-evaluation besides its form: review comments and supporting documents' metadata. */
package org.perfeval.core.evaluation.records;
