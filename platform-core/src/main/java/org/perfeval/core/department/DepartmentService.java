package org.perfeval.core.department;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and registers departments; registering is for administrators (and the platform's own setup). */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

    private final DepartmentRepository departments;

    DepartmentService(DepartmentRepository departments) {
        this.departments = departments;
    }

    public List<DepartmentView> all() {
        return departments.findAllByOrderByCodeAsc().stream().map(Department::toView).toList();
    }

    public Optional<DepartmentView> byCode(String code) {
        return departments.findByCode(code).map(Department::toView);
    }

    public Optional<DepartmentView> byName(String name) {
        return departments.findByName(name).map(Department::toView);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DepartmentView registerBureau(String code, String name) {
        return departments.save(new Department(code, name, true, null)).toView();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DepartmentView registerDepartment(String code, String name, String bureauCode) {
        Department bureau = departments.findByCode(bureauCode).filter(Department::isFinanceBureau)
                .orElseThrow(() -> new IllegalArgumentException("no finance bureau with code " + bureauCode));
        return departments.save(new Department(code, name, false, bureau)).toView();
    }
}
