/** The screens, one package per feature; {@code layout} is the frame they all share and depends on none of them. */
package org.perfeval.web.ui;
