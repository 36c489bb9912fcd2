package org.perfeval.workflow.process;

/**
 * What a reviewer decided at a gateway of the BPMN process. The conditions of {@code self-evaluation.bpmn20.xml}
 * compare the {@code decision} variable with these values; they keep their original spelling so that processes
 * started before this enum existed still take the right path.
 */
enum Decision {
    APPROVE("approve"),
    RETURN("return"),
    SEND_BACK("sendBack");

    private final String variableValue;

    Decision(String variableValue) {
        this.variableValue = variableValue;
    }

    /** The value stored in the process variable and compared in the BPMN conditions. */
    String variableValue() {
        return variableValue;
    }
}
