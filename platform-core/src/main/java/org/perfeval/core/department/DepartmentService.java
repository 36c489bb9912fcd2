package org.perfeval.core.department;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.perfeval.core.security.Roles;
import org.perfeval.scoring.text.Text;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * Looks up and registers departments; registering is for administrators (and the platform's own setup). The only way
 * to departments for the rest of the platform: it hands out {@link DepartmentView}s, never the entity, and other
 * features keep a department's id rather than a reference to its row. Lookups need no login, because logging in
 * (a Keycloak token's department claim) uses them.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

    static final int MAX_CODE = 32;
    static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CODE + "}");

    private final DepartmentRepository departments;

    DepartmentService(DepartmentRepository departments) {
        this.departments = departments;
    }

    public List<DepartmentView> all() {
        return departments.findAllByOrderByCodeAsc().stream().map(Department::toView).toList();
    }

    public Optional<DepartmentView> byId(Long id) {
        return id == null ? Optional.empty() : departments.findById(id).map(Department::toView);
    }

    public Optional<DepartmentView> byCode(String code) {
        return departments.findByCode(code).map(Department::toView);
    }

    public Optional<DepartmentView> byName(String name) {
        return departments.findByName(name).map(Department::toView);
    }

    /** The departments that report to the finance bureau {@code bureauId}. */
    public List<DepartmentView> reportingTo(Long bureauId) {
        return departments.findByBureauIdOrderByCodeAsc(bureauId).stream().map(Department::toView).toList();
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public DepartmentView registerBureau(String code, String name) {
        check(code, name);
        return save(new Department(code, name, true, null));
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public DepartmentView registerDepartment(String code, String name, String bureauCode) {
        check(code, name);
        Department bureau = departments.findByCode(bureauCode).filter(Department::isFinanceBureau)
                .orElseThrow(() -> new DepartmentRefusedException("bureauCode",
                        Text.of("core.department.noBureau", String.valueOf(bureauCode))));
        return save(new Department(code, name, false, bureau));
    }

    private DepartmentView save(Department department) {
        try {
            return departments.saveAndFlush(department).toView();
        } catch (DataIntegrityViolationException e) {
            // registered by someone else between the check and the save
            throw new DepartmentRefusedException(Text.of("core.department.duplicate"));
        }
    }

    private void check(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DepartmentRefusedException("code", Text.of("core.department.code", MAX_CODE));
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new DepartmentRefusedException("name", Text.of("core.department.name", MAX_NAME));
        }
        if (departments.findByCode(code).isPresent()) {
            throw new DepartmentRefusedException("code", Text.of("core.department.codeTaken", code));
        }
        if (departments.findByName(name).isPresent()) {
            throw new DepartmentRefusedException("name", Text.of("core.department.nameTaken", name));
        }
    }
}
