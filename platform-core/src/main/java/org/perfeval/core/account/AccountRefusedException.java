package org.perfeval.core.account;

import java.util.List;
import java.util.Optional;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** A user change was refused, each reason naming its field; nothing was changed. */
public class AccountRefusedException extends RefusedException {

    private final transient List<FieldProblem> problems;

    public AccountRefusedException(List<FieldProblem> problems) {
        this(problems, problems.stream().map(p -> new FieldRefusal("/" + p.field(), p.text())).toList());
    }

    public AccountRefusedException(String field, Text text) {
        this(List.of(new FieldProblem(field, text)));
    }

    private AccountRefusedException(List<FieldProblem> problems, List<FieldRefusal> fields) {
        super(Kind.BAD_REQUEST, summary(fields), fields);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public Optional<Text> title() {
        return Optional.of(Text.of("core.account.refused"));
    }

    /** One reason, naming the field of the user (username, displayName, email, password, departmentCode, roles …). */
    public record FieldProblem(String field, Text text) {
    }
}
