package org.perfeval.workflow.round;

import java.time.LocalDate;
import java.util.List;

import org.perfeval.scoring.document.EvaluationKind;

/** What opening a round asks for; {@code departments} (codes) empty or absent for every department of the bureau. */
public record OpenRound(Integer year, EvaluationKind kind, List<String> departments, LocalDate dueDate) {

    public OpenRound {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
