package org.perfeval.scoring.document;

import java.util.Locale;

import org.perfeval.scoring.text.Labelled;

/** 指标性质: which way a row's actual should go, as some forms print it in their own column. */
public enum Direction implements Labelled {
    /** 正向: higher is better. */
    HIGHER("正向"),
    /** 反向: lower is better. */
    LOWER("反向"),
    /** 定性: judged by tier. */
    QUALITATIVE("定性"),
    /** 时效: done on or before a date or within a period. */
    DEADLINE("时效");

    private final String chinese;

    Direction(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese word forms print in their 指标性质 column. */
    public String chinese() {
        return chinese;
    }

    /**
     * The enum name, the word a form prints (正向, 反向, 定性, 时效, with 指标 after it) or a comparison sign as some
     * forms print in that column (≤ lower, ≥ or = higher); null when none of these.
     */
    public static Direction parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        // Sichuan's forms print the comparison in their 指标性质 column
        switch (s) {
            case "≤", "≦", "<", "＜" -> {
                return LOWER;
            }
            case "≥", "≧", ">", "＞", "=", "＝" -> {
                return HIGHER;
            }
            default -> {
            }
        }
        for (Direction d : values()) {
            if (d.name().equals(s.toUpperCase(Locale.ROOT)) || s.equals(d.chinese) || s.equals(d.chinese + "指标")) {
                return d;
            }
        }
        return null;
    }

    /** 定量 or 定量指标, as Chongqing prints in its 指标性质 column: quantitative, which way not said. */
    public static boolean isUndirectedQuantitative(String text) {
        String s = text == null ? "" : text.strip();
        return s.equals("定量") || s.equals("定量指标");
    }

    @Override
    public String labelKey() {
        return "direction." + name();
    }
}
