package org.perfeval.core.department;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and registers departments; registering is for administrators (and the platform's own setup). */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

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
        check(code, name);
        return departments.save(new Department(code, name, true, null)).toView();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DepartmentView registerDepartment(String code, String name, String bureauCode) {
        check(code, name);
        Department bureau = departments.findByCode(bureauCode).filter(Department::isFinanceBureau)
                .orElseThrow(() -> new IllegalArgumentException("no finance bureau with code " + bureauCode));
        return departments.save(new Department(code, name, false, bureau)).toView();
    }

    private void check(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code: 1 to 32 letters, digits, '_' or '-'");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name: 1 to 200 characters");
        }
        if (departments.findByCode(code).isPresent()) {
            throw new IllegalArgumentException("code: " + code + " is taken");
        }
        if (departments.findByName(name).isPresent()) {
            throw new IllegalArgumentException("name: " + name + " is taken");
        }
    }
}
