package org.perfeval.scoring.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time indicator's target or actual as forms write it: a date ("2023年12月", "12月底前", "2023年12月31日前",
 * "2023.10", "年底前"), a period ("10个工作日内", "8个工作日", "3天"), or a word that means on time ("按期", "及时").
 * A date without a day means the end of that month as a deadline and the month itself as a completion.
 */
record Deadline(Kind kind, int year, int month, int day, int amount, String period) {

    enum Kind { DATE, WITHIN, ON_TIME }

    private static final Pattern DATE = Pattern.compile(
            "^(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号])?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前|内|止)?(?:完成|前完成)?$");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "^(\\d{4})[.\\-/](\\d{1,2})(?:[.\\-/](\\d{1,2}))?(?:前|以前|之前)?(?:完成)?$");
    private static final Pattern YEAR_END = Pattern.compile("^(?:(\\d{4})年)?(?:年底|年末|年内|底|末|内|度内)(?:前|以前|之前)?(?:完成)?$");
    private static final Pattern PERIOD = Pattern.compile(
            "^(?:不超过|不多于|小于等于|≤)?(\\d{1,4})(个工作日|工作日|个自然日|自然日|天|日|个月|小时)(?:内|以内|之内)?(?:完成)?$");

    /** Whether a value may be a time at all: a cheap test run before any pattern, since most rows are numbers. */
    static boolean mayBe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '年' || c == '月' || c == '日' || c == '天' || c == '期' || c == '时' || c == '前') {
                return true;
            }
        }
        return false;
    }

    /** The value read, or null; {@code onTimeWords} are the scheme's words for "on time". */
    static Deadline parse(String text, List<String> onTimeWords) {
        if (text == null) {
            return null;
        }
        String s = QuantityParser.normalize(text);
        if (onTimeWords.contains(s)) {
            return new Deadline(Kind.ON_TIME, 0, 0, 0, 0, null);
        }
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC_DATE.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = YEAR_END.matcher(s);
        if (m.matches() && (m.group(1) != null || s.startsWith("年"))) {
            return date(m.group(1), "12", "31");
        }
        m = PERIOD.matcher(s);
        if (m.matches()) {
            String unit = m.group(2).replace("个", "");
            return new Deadline(Kind.WITHIN, 0, 0, 0, Integer.parseInt(m.group(1)), unit.equals("日") ? "天" : unit);
        }
        return null;
    }

    private static Deadline date(String year, String month, String day) {
        int mm = Integer.parseInt(month);
        int dd = day == null ? 0 : Integer.parseInt(day);
        if (mm < 1 || mm > 12 || dd > 31) {
            return null;
        }
        return new Deadline(Kind.DATE, year == null ? 0 : Integer.parseInt(year), mm, dd, 0, null);
    }

    /**
     * Whether {@code actual} meets this target: a completion on or before the date, a period no longer than this
     * one (in the same unit), or an on-time word. Null when the two cannot be compared.
     */
    Boolean metBy(Deadline actual) {
        if (actual.kind == Kind.ON_TIME) {
            return Boolean.TRUE;
        }
        if (kind == Kind.DATE && actual.kind == Kind.DATE) {
            if (year != 0 && actual.year != 0 && year != actual.year) {
                return actual.year < year;
            }
            if (month != actual.month) {
                return actual.month < month;
            }
            return day == 0 || actual.day == 0 || actual.day <= day;
        }
        if (kind == Kind.WITHIN && actual.kind == Kind.WITHIN && period.equals(actual.period)) {
            return actual.amount <= amount;
        }
        return null;
    }
}
