/** The evaluation list and one evaluation read-only, with its workflow steps, history, rectification and timeline. */
package org.perfeval.web.ui.evaluation;
