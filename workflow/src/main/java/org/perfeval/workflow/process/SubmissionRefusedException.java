package org.perfeval.workflow.process;

import java.util.List;
import java.util.Optional;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.text.Text;

/** A submission refused because the scorer reports errors; each must be fixed first, and each is named. */
public class SubmissionRefusedException extends WorkflowRefusedException {

    private final transient List<Finding> errors;

    public SubmissionRefusedException(List<Finding> errors) {
        super(Text.of("workflow.process.submissionRefused", errors.size()), errors.stream()
                .map(f -> new FieldRefusal(f.pointer(), f.text(), f.code().name())).toList());
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }

    @Override
    public Optional<Text> title() {
        return Optional.of(Text.of("workflow.process.submissionRefused.title"));
    }
}
