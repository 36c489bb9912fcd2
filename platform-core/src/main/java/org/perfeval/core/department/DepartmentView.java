package org.perfeval.core.department;

/** A department as the rest of the platform sees it. {@code bureauId} is null for a finance bureau itself. */
public record DepartmentView(Long id, String code, String name, boolean financeBureau, Long bureauId,
                             String bureauName) {
}
