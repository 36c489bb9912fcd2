/** The drafters' editor: the whole 绩效自评表 edited in place, scored live, saved with version checks. */
package org.perfeval.web.ui.editor;
