package org.perfeval.scoring.engine;

import java.math.BigDecimal;

/** Writes out, in both languages, the arithmetic that gave a row its score. */
final class Explanations {

    private Explanations() {
    }

    static Message of(RowResult row) {
        Arithmetic a = row.arithmetic();
        String s = plain(row.score());
        String w = plain(a.weight());
        return switch (row.rule()) {
            case HIGHER_IS_BETTER_MET -> new Message(
                    "实际 " + plain(a.actual()) + " " + symbol(a.comparison()) + " 目标 " + plain(a.target()) + "，达成：得满分 " + s,
                    "actual " + plain(a.actual()) + " " + symbol(a.comparison()) + " target " + plain(a.target())
                            + ", met: full weight " + s);
            case HIGHER_IS_BETTER_PROPORTIONAL -> new Message(
                    "实际 " + plain(a.actual()) + " 未达到目标 " + plain(a.target()) + "：" + w + " × " + plain(a.actual())
                            + " ÷ " + plain(a.target()) + " = " + s,
                    "actual " + plain(a.actual()) + " misses the target " + plain(a.target()) + ": " + w + " × "
                            + plain(a.actual()) + " / " + plain(a.target()) + " = " + s);
            case LOWER_IS_BETTER_MET -> new Message(
                    "实际 " + plain(a.actual()) + " " + symbol(a.comparison()) + " 上限 " + plain(a.target()) + "，达成：得满分 " + s,
                    "actual " + plain(a.actual()) + " " + symbol(a.comparison()) + " limit " + plain(a.target())
                            + ", met: full weight " + s);
            case LOWER_IS_BETTER_RATIO -> new Message(
                    "实际 " + plain(a.actual()) + " 超过上限 " + plain(a.target()) + "：" + w + " × " + plain(a.target())
                            + " ÷ " + plain(a.actual()) + " = " + s,
                    "actual " + plain(a.actual()) + " exceeds the limit " + plain(a.target()) + ": " + w + " × "
                            + plain(a.target()) + " / " + plain(a.actual()) + " = " + s);
            case LOWER_IS_BETTER_DEDUCTION -> new Message(
                    "实际 " + plain(a.actual()) + " 超过上限 " + plain(a.target()) + "：" + w + " − " + plain(a.deductionPerPoint())
                            + " × (" + plain(a.actual()) + " − " + plain(a.target()) + ")，不低于下限，得 " + s,
                    "actual " + plain(a.actual()) + " exceeds the limit " + plain(a.target()) + ": " + w + " − "
                            + plain(a.deductionPerPoint()) + " × (" + plain(a.actual()) + " − " + plain(a.target())
                            + "), not below the floor: " + s);
            case QUALITATIVE_TIER -> new Message(
                    "定性指标，" + a.tier().label() + "（" + plain(a.tierLow()) + "–" + plain(a.tierHigh()) + " 分）：得 " + s,
                    "qualitative, tier " + a.tier().name() + " (" + plain(a.tierLow()) + "–" + plain(a.tierHigh())
                            + "): " + s);
            case NOT_APPLICABLE -> new Message("不适用，不计分，总分按百分制折算", "not applicable: left out, the total re-based to 100");
            case NOT_SCORABLE -> new Message("无法计分（" + a.reason() + "），计 0 分", "cannot be scored (" + a.reason() + "): 0");
        };
    }

    private static String symbol(Comparison comparison) {
        return switch (comparison) {
            case NONE, EQUAL -> "≥";
            default -> comparison.symbol();
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
