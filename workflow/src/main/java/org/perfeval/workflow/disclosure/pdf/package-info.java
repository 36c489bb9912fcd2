/** The disclosed report as a PDF anyone may download, its SHA-256 and approval date on every page. */
package org.perfeval.workflow.disclosure.pdf;
