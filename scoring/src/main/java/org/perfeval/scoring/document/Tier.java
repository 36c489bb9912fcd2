package org.perfeval.scoring.document;

import org.perfeval.scoring.text.Labelled;

/** The three tiers of a qualitative (定性) indicator. */
public enum Tier implements Labelled {
    /** 达成预期指标 */
    ACHIEVED,
    /** 部分达成预期指标并具有一定效果 */
    PARTIAL,
    /** 未达成预期指标且效果较差 */
    NOT_ACHIEVED;

    @Override
    public String labelKey() {
        return "tier." + name();
    }
}
