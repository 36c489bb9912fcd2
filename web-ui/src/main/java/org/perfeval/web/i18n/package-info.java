/** Languages and their texts: Simplified Chinese by default, English on request, through Spring's MessageSource. */
package org.perfeval.web.i18n;
