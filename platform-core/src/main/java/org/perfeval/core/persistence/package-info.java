/** Database plumbing shared by all features: vendor-specific migration placeholders and the clock. */
package org.perfeval.core.persistence;
