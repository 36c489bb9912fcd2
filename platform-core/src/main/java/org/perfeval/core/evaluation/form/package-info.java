/** A self-evaluation's form as stored: its rows and amounts, the columns' sizes, and the check that it fits them. */
package org.perfeval.core.evaluation.form;
