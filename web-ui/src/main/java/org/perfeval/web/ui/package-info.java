/** The screens: login, the evaluation list and the evaluation with its recomputed score and findings. */
package org.perfeval.web.ui;
