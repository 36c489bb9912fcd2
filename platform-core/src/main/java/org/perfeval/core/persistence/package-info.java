/** Plumbing shared by all features: vendor-specific migration placeholders, the clock and the platform's time zone. */
package org.perfeval.core.persistence;
