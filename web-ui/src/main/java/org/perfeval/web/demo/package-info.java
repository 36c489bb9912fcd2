/** Demo data for the embedded default: the seed department and its 2021 report, a second department, demo users. */
package org.perfeval.web.demo;
