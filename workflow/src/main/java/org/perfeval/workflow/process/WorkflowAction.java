package org.perfeval.workflow.process;

/** What a user can do to an evaluation in the workflow. */
public enum WorkflowAction {
    START("开始"),
    SUBMIT("提交"),
    APPROVE("通过"),
    RETURN("退回"),
    SEND_BACK("退回整改"),
    RESUBMIT("整改后提交"),
    PUBLISH("确认公开"),
    WITHDRAW("撤回"),
    CLAIM("签收"),
    UNCLAIM("放弃签收"),
    TRANSFER("转办");

    private final String label;

    WorkflowAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
