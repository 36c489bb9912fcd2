package org.perfeval.workflow.process;

import java.util.List;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** A workflow step that cannot be taken now, or not by this user; nothing was changed. */
public class WorkflowRefusedException extends RefusedException {

    public WorkflowRefusedException(String key, Object... args) {
        this(Text.of(key, args));
    }

    public WorkflowRefusedException(Text text) {
        super(Kind.CONFLICT, text);
    }

    protected WorkflowRefusedException(Text text, List<FieldRefusal> fields) {
        super(Kind.CONFLICT, text, fields);
    }

    private WorkflowRefusedException(FieldRefusal field) {
        super(Kind.BAD_REQUEST, field.text(), List.of(field));
    }

    /** The request's field at {@code pointer} is wrong as given: 400 naming it. */
    static WorkflowRefusedException field(String pointer, String key, Object... args) {
        return new WorkflowRefusedException(new FieldRefusal(pointer, Text.of(key, args)));
    }
}
