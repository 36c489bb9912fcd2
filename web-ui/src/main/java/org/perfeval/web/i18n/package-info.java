/** Languages: Simplified Chinese by default, English on request. */
package org.perfeval.web.i18n;
