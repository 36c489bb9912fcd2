package org.perfeval.workflow.process;

import org.perfeval.scoring.text.Text;

/** A workflow step that cannot be taken now, or not by this user; nothing was changed. */
public class WorkflowRefusedException extends RuntimeException {

    private final transient Text text;

    public WorkflowRefusedException(String key, Object... args) {
        this(Text.of(key, args));
    }

    public WorkflowRefusedException(Text text) {
        super(text.key() + " " + text.args());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
