/** Disclosure (公开): the frozen, hashed report at publication, and the public reports anyone may read. */
package org.perfeval.workflow.disclosure;
