package org.perfeval.scoring.document;

/** The three tiers of a qualitative (定性) indicator. */
public enum Tier {
    /** 达成预期指标 */
    ACHIEVED("达成预期指标"),
    /** 部分达成预期指标并具有一定效果 */
    PARTIAL("部分达成预期指标并具有一定效果"),
    /** 未达成预期指标且效果较差 */
    NOT_ACHIEVED("未达成预期指标且效果较差");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
