package org.perfeval.core.department;

/** A department as the rest of the platform sees it. The bureau fields are null for a finance bureau itself. */
public record DepartmentView(Long id, String code, String name, boolean financeBureau, Long bureauId,
                             String bureauCode, String bureauName) {
}
