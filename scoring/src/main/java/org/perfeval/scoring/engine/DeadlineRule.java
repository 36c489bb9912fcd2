package org.perfeval.scoring.engine;

import java.util.List;

import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.UnscorableReason;
import org.perfeval.scoring.scheme.ScoringScheme;

/** 时效指标: done on or before the date, within the period, or said to be on time meets it; else undecided. */
final class DeadlineRule {

    private final List<String> onTime;
    private final Findings findings;
    private final QualitativeRule qualitative;

    DeadlineRule(ScoringScheme scheme, Findings findings, QualitativeRule qualitative) {
        this.onTime = scheme.wording().onTimeWords();
        this.findings = findings;
        this.qualitative = qualitative;
    }

    /** A target without an operator that reads as a date or period makes a time indicator; said as a note. */
    boolean isDeadline(ScoringRow r) {
        Quantity quantity = QuantityParser.parse(r.row.target());
        if (quantity != null && quantity.hasComparison()) {
            return false;
        }
        boolean deadline = Deadline.parse(r.row.target(), onTime) != null;
        if (deadline) {
            findings.add(FindingCode.DIRECTION_INFERRED_FROM_TARGET, r.pointer, r.place(), Direction.DEADLINE,
                    r.row.target());
        }
        return deadline;
    }

    Scored score(ScoringRow r) {
        Indicator row = r.row;
        if (row.target() == null || row.target().isBlank()) {
            findings.add(FindingCode.TARGET_MISSING, r.pointer + "/target", r.place());
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_MISSING);
        }
        if (row.actual() == null || row.actual().isBlank()) {
            r.missingActual(findings);
            return Scored.notScorable(r.weight, UnscorableReason.ACTUAL_MISSING);
        }
        if (QuantityParser.normalize(row.actual()).equals(QuantityParser.normalize(row.target()))) {
            return met(r);
        }
        Deadline actual = Deadline.parse(row.actual(), onTime);
        if (actual == null && qualitative.writesTier(r)) {
            return qualitative.score(r);
        }
        Deadline target = Deadline.parse(row.target(), onTime);
        if (target == null) {
            findings.add(FindingCode.TARGET_UNREADABLE, r.pointer + "/target", r.place(), row.target(),
                    Indicator.QUALITATIVE_UNIT);
            return Scored.notScorable(r.weight, UnscorableReason.TARGET_UNREADABLE);
        }
        // judged here, not in a method of its own: its size keeps the JIT from inlining the whole rule into the row
        // scorer (see QuantitativeRule)
        Deadline done = actual == null ? withinAsNumber(row.actual(), target) : actual;
        Boolean met = done == null ? null : target.metBy(done);
        if (Boolean.TRUE.equals(met)) {
            return met(r);
        }
        if (met == null) {
            findings.add(FindingCode.DEADLINE_UNDECIDED, r.pointer + "/actual", r.place(), row.actual(), row.target());
            return Scored.notScorable(r.weight, UnscorableReason.DEADLINE_UNDECIDED);
        }
        findings.add(FindingCode.DEADLINE_MISSED, r.pointer + "/actual", r.place(), row.actual(), row.target());
        return Scored.notScorable(r.weight, UnscorableReason.DEADLINE_MISSED);
    }

    /** "10个工作日内" against a bare "8": the number counts in the target's unit. */
    private static Deadline withinAsNumber(String actual, Deadline target) {
        if (target.kind() != Deadline.Kind.WITHIN) {
            return null;
        }
        Quantity number = QuantityParser.parse(actual);
        return number == null || !number.unit().isEmpty() ? null
                : new Deadline(Deadline.Kind.WITHIN, 0, 0, 0, number.value().intValue(), target.period());
    }

    private static Scored met(ScoringRow r) {
        return new Scored(RowRule.DEADLINE_MET, r.weight, Scored.unscorable(r.weight, null));
    }
}
