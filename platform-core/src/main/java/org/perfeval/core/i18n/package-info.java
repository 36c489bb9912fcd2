/** One translation path for the whole platform: the message bundles of every module, and texts rendered from them. */
package org.perfeval.core.i18n;
