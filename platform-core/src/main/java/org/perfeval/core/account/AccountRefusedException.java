package org.perfeval.core.account;

import java.util.List;

/** A user change was refused, each reason naming its field; nothing was changed. */
public class AccountRefusedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public AccountRefusedException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b)
                .orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    public AccountRefusedException(String field, String message, String messageZh) {
        this(List.of(new FieldProblem(field, message, messageZh)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One reason, in English and Chinese. */
    public record FieldProblem(String field, String message, String messageZh) {
    }
}
