package org.perfeval.scoring.engine;

import java.math.BigDecimal;

import org.perfeval.scoring.result.Comparison;

/**
 * Reads targets and actuals the way people write them on real forms: "≥99", "≧735", "═100", "5≤" (the symbol after
 * the number, meaning ≤ 5), "100%", "20万元", "≥266米", full-width digits and signs, spaces anywhere, thousands
 * separators, and the Chinese words for the comparisons (不低于, 不超过, 以上, 以内 …). Anything else is unreadable:
 * {@link #parse} returns null and never throws.
 */
final class QuantityParser {

    private static final String[][] WORD_PREFIXES = {
            {"大于等于", "AT_LEAST"}, {"不低于", "AT_LEAST"}, {"不少于", "AT_LEAST"}, {"不小于", "AT_LEAST"},
            {"至少", "AT_LEAST"}, {"达到", "AT_LEAST"}, {"小于等于", "AT_MOST"}, {"不高于", "AT_MOST"},
            {"不超过", "AT_MOST"}, {"不大于", "AT_MOST"}, {"不多于", "AT_MOST"}, {"至多", "AT_MOST"},
            {"控制在", "AT_MOST"}, {"大于", "MORE_THAN"}, {"高于", "MORE_THAN"}, {"超过", "MORE_THAN"},
            {"小于", "LESS_THAN"}, {"低于", "LESS_THAN"}, {"等于", "EQUAL"},
    };
    private static final String[][] WORD_SUFFIXES = {
            {"及以上", "AT_LEAST"}, {"以上", "AT_LEAST"}, {"及以下", "AT_MOST"}, {"以下", "AT_MOST"}, {"以内", "AT_MOST"},
    };

    private QuantityParser() {
    }

    static Quantity parse(String text) {
        if (text == null) {
            return null;
        }
        String s = normalize(text);
        int[] pos = {0};
        Comparison before = symbolAt(s, pos);
        if (before == Comparison.NONE && !s.isEmpty() && (s.charAt(0) < '0' || s.charAt(0) > '9')) {
            before = wordPrefix(s, pos);
        }
        int numberStart = pos[0];
        BigDecimal value = number(s, pos);
        if (value == null) {
            return null;
        }
        Comparison after = pos[0] < s.length() && numberStart < pos[0] ? symbolAt(s, pos) : Comparison.NONE;
        if (before != Comparison.NONE && after != Comparison.NONE) {
            return null;
        }
        String rest = pos[0] == s.length() ? "" : s.substring(pos[0]);
        Comparison suffixWord = Comparison.NONE;
        if (rest.isEmpty()) {
            return new Quantity(before != Comparison.NONE ? before : after, value, rest);
        }
        for (String[] word : WORD_SUFFIXES) {
            if (rest.endsWith(word[0])) {
                suffixWord = Comparison.valueOf(word[1]);
                rest = rest.substring(0, rest.length() - word[0].length());
                break;
            }
        }
        for (String[] word : WORD_SUFFIXES) {
            if (rest.contains(word[0])) {
                return null;
            }
        }
        Comparison comparison = before != Comparison.NONE ? before : after != Comparison.NONE ? after : suffixWord;
        if (comparison != Comparison.NONE && suffixWord != Comparison.NONE && comparison != suffixWord) {
            return null;
        }
        if (!isUnit(rest)) {
            return null;
        }
        return new Quantity(comparison, value, rest);
    }

    /**
     * Full-width forms to ASCII, the look-alike comparison signs to one spelling, all white space out. Most values
     * need none of it; they come back as they are, without a copy, which keeps scoring fast.
     */
    static String normalize(String text) {
        int i = 0;
        while (i < text.length() && !needsNormalizing(text.charAt(i))) {
            i++;
        }
        return i == text.length() ? text : rewrite(text);
    }

    /** Whether {@link #rewrite} would change {@code c}; spelled out as ranges because it runs on every character. */
    static boolean needsNormalizing(char c) {
        if (c < 0x80) {
            return c <= ' ';
        }
        if (c < 0x2000) {
            return c == 0xA0 || c == 0x1680;
        }
        if (c <= 0x3002) {
            return c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == '≦' || c == '≧'
                    || c == '═' || c == '⩽' || c == '⩾' || c == 0x3000 || c == '。';
        }
        return c == '﹪' || (c >= '\uFF01' && c <= '\uFF5E');
    }

    static String rewrite(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case '≧', '⩾' -> out.append('≥');
                case '≦', '⩽' -> out.append('≤');
                case '═', '＝' -> out.append('=');
                case '﹪' -> out.append('%');
                case '。' -> out.append('.');
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static Comparison symbolAt(String s, int[] pos) {
        int i = pos[0];
        if (i >= s.length()) {
            return Comparison.NONE;
        }
        char c = s.charAt(i);
        boolean equalsFollows = i + 1 < s.length() && s.charAt(i + 1) == '=';
        Comparison comparison = switch (c) {
            case '≥' -> Comparison.AT_LEAST;
            case '≤' -> Comparison.AT_MOST;
            case '>' -> equalsFollows ? Comparison.AT_LEAST : Comparison.MORE_THAN;
            case '<' -> equalsFollows ? Comparison.AT_MOST : Comparison.LESS_THAN;
            case '=' -> Comparison.EQUAL;
            default -> Comparison.NONE;
        };
        if (comparison != Comparison.NONE) {
            pos[0] = i + 1 + ((c == '>' || c == '<' || c == '=') && equalsFollows ? 1 : 0);
        }
        return comparison;
    }

    private static Comparison wordPrefix(String s, int[] pos) {
        for (String[] word : WORD_PREFIXES) {
            if (s.startsWith(word[0], pos[0])) {
                pos[0] += word[0].length();
                return Comparison.valueOf(word[1]);
            }
        }
        return Comparison.NONE;
    }

    /** A decimal number with optional sign and thousands separators; null when there is none here. */
    private static BigDecimal number(String s, int[] pos) {
        int i = pos[0];
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i++) == '-';
        }
        long unscaled = 0;
        int digits = 0;
        int integerDigits = 0;
        boolean point = false;
        int fractionDigits = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    unscaled = unscaled * 10 + (c - '0');
                }
                digits += unscaled == 0 ? 0 : 1;
                if (point) {
                    fractionDigits++;
                } else {
                    integerDigits++;
                }
            } else if (c == '.' && !point && integerDigits > 0) {
                point = true;
            } else if (!(c == ',' && !point && integerDigits > 0 && isThousandsGroup(s, i + 1))) {
                break;
            }
            i++;
        }
        if (integerDigits == 0 || (point && fractionDigits == 0)) {
            return null;
        }
        int start = pos[0];
        pos[0] = i;
        if (digits >= 18) {
            return new BigDecimal(s.substring(start, i).replace(",", "").replace("+", ""));
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, fractionDigits);
    }

    private static boolean isThousandsGroup(String s, int start) {
        if (start + 3 > s.length()) {
            return false;
        }
        for (int i = start; i < start + 3; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return start + 3 == s.length() || s.charAt(start + 3) < '0' || s.charAt(start + 3) > '9';
    }

    /** A unit is short and holds no digits and no comparison signs ("%", "万元", "件", "个百分点"). */
    private static boolean isUnit(String rest) {
        if (rest.length() > 12) {
            return false;
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if ((c >= '0' && c <= '9') || "≥≤<>=.+-,".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
