package org.perfeval.core.scheme;

/**
 * Told how long each scoring took, whichever screen, API call or step asked for it: the one place scoring time is
 * measured. The metrics feature provides one; without it nothing is measured.
 */
@FunctionalInterface
public interface ScoringTimer {

    void scored(long nanos);
}
