package org.perfeval.core.evaluation;

import java.util.List;

/**
 * One page of the evaluations the caller may read: its items, which page of what size it is (from 0), and how many
 * items and pages there are in all.
 */
public record EvaluationPage(List<EvaluationSummary> items, int page, int size, long totalItems, int totalPages) {

    /** The default number of items of a page. */
    public static final int DEFAULT_SIZE = 50;
    /** The most items a page may hold. */
    public static final int MAX_SIZE = 200;

    public EvaluationPage {
        items = List.copyOf(items);
    }
}
