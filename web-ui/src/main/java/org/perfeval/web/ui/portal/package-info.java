/** The public portal: disclosed reports for anyone, without a login. */
package org.perfeval.web.ui.portal;
