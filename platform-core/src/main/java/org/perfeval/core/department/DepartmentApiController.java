package org.perfeval.core.department;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Departments: listed for anyone logged in, registered by administrators (the service checks). */
@RestController
class DepartmentApiController {

    private final DepartmentService departments;

    DepartmentApiController(DepartmentService departments) {
        this.departments = departments;
    }

    /** A department to register: a finance bureau, or a department reporting to the bureau {@code bureauCode}. */
    record NewDepartment(String code, String name, Boolean financeBureau, String bureauCode) {
    }

    @GetMapping("/api/departments")
    List<DepartmentView> all() {
        return departments.all();
    }

    @PostMapping(path = "/api/admin/departments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DepartmentView> register(@RequestBody NewDepartment department) {
        DepartmentView registered = Boolean.TRUE.equals(department.financeBureau())
                ? departments.registerBureau(department.code(), department.name())
                : departments.registerDepartment(department.code(), department.name(), department.bureauCode());
        return ResponseEntity.created(URI.create("/api/departments/" + registered.code())).body(registered);
    }
}
