package org.perfeval.scoring.document.xlsx;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clerk's cell means: "—" and "/" are no value, numbers come as text with full-width digits or thousands
 * separators, a short name is wrapped over lines, and labels are compared without their spacing.
 */
final class CellText {

    /** What forms write in a cell that has no value. */
    private static final Set<String> EMPTY = Set.of("—", "——", "-", "--", "/", "／", "－", "─", "无");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern WEIGHT_IN_NAME = Pattern.compile("^(.*?)[(（]\\s*([\\d０-９.．]+)\\s*分\\s*[)）]$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");

    private CellText() {
    }

    /** Without any whitespace; full-width ASCII (letters, digits, brackets, colon) as plain ASCII. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == 0x3000 || cp == 0xA0) {
                return;
            }
            out.appendCodePoint(cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp);
        });
        return out.toString();
    }

    static boolean isEmpty(String text) {
        return text == null || text.isBlank() || EMPTY.contains(text.strip());
    }

    /** A name wrapped over lines in its cell, joined again: "年度履职\n目标相关性" is one name. */
    static String oneLine(String text) {
        if (isEmpty(text)) {
            return null;
        }
        return text.strip().replaceAll("\\s*\\R\\s*", "");
    }

    /** A long text (a goal, a reason): kept as written, only trimmed. */
    static String block(String text) {
        return isEmpty(text) ? null : text.strip();
    }

    /** An exact number from a numeric cell: 110 and 83.42, never 110.0 or 83.4199999. */
    static BigDecimal decimal(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    /**
     * A number typed as text ("１２３.５", "1,234.50", " 20 "), or null when the text is no number: the caller then
     * passes the text on for the document's validation to refuse where it stands.
     */
    static BigDecimal number(String text) {
        String s = normalize(text).replace('。', '.');
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return PLAIN.matcher(s).matches() ? new BigDecimal(s.startsWith("+") ? s.substring(1) : s) : null;
    }

    /** "投入管理指标(20分)": the name and the weight; the weight null when the name carries none. */
    static NameAndWeight nameAndWeight(String cell) {
        String name = oneLine(cell);
        if (name == null) {
            return new NameAndWeight(null, null);
        }
        Matcher m = WEIGHT_IN_NAME.matcher(normalize(name));
        if (m.matches()) {
            return new NameAndWeight(m.group(1), number(m.group(2)));
        }
        return new NameAndWeight(name, null);
    }

    record NameAndWeight(String name, BigDecimal weight) {
    }

    /** The year of "（2022年度）" or "2021年度郑州市…", or null. */
    static Integer year(String label) {
        Matcher m = YEAR.matcher(label);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
