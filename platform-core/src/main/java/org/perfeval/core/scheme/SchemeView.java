package org.perfeval.core.scheme;

import java.time.Instant;

import org.perfeval.scoring.document.EvaluationKind;

/**
 * A scoring scheme as administrators see it: id, its own version, names, the kind of form it scores, whether it is
 * one of the published (read-only) ones, its JSON, and for a stored one the row version an edit must name.
 */
public record SchemeView(String id, int schemeVersion, String nameZh, String nameEn, EvaluationKind kind,
                         boolean builtIn, String json, long rowVersion, String updatedBy, Instant updatedAt) {
}
