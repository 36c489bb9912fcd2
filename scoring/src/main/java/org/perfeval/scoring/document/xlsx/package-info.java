/** The 自评表 as offices exchange it in Excel: read by its labels into the interchange document, and written back. */
package org.perfeval.scoring.document.xlsx;
