package org.perfeval.scoring.document;

/**
 * Why a document was refused: the field as a JSON pointer ("" for the whole document) and what is wrong with it,
 * in English and Chinese.
 */
public record Violation(String pointer, String message, String messageZh) {

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }

    public static Violation of(String pointer, Problem problem, Object... args) {
        return new Violation(pointer, problem.english(args), problem.chinese(args));
    }

    /** The kinds of problem the reader reports; other modules build their own violations with the constructor. */
    public enum Problem {
        MALFORMED("is not well-formed JSON: %s", "不是合法的 JSON：%s"),
        REQUIRED("is required", "为必填项"),
        BLANK("must not be blank", "不能为空"),
        NOT_STRING("must be a string", "应为字符串"),
        NOT_NUMBER("must be a number", "应为数字"),
        NOT_INTEGER("must be a whole number", "应为整数"),
        NOT_BOOLEAN("must be true or false", "应为 true 或 false"),
        NOT_OBJECT("must be an object", "应为对象"),
        NOT_ARRAY("must be an array", "应为数组"),
        NEGATIVE("must not be negative", "不能为负数"),
        OUT_OF_RANGE("must be between %s and %s", "应在 %s 至 %s 之间"),
        NOT_ONE_OF("must be one of %s", "应为以下之一：%s"),
        WRONG_FORMAT("must be \"%s\"", "应为 \"%s\"");

        private final String english;
        private final String chinese;

        Problem(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }

        String english(Object... args) {
            return args.length == 0 ? english : english.formatted(args);
        }

        String chinese(Object... args) {
            return args.length == 0 ? chinese : chinese.formatted(args);
        }
    }
}
