/** What every log line of a request says about it: who made it and which evaluation it concerns. */
package org.perfeval.core.logging;
