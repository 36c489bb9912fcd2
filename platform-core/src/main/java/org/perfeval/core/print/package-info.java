/** Printing: forms as PDF for stamping and filing, laid out from XHTML with a CJK font the build ships. */
package org.perfeval.core.print;
