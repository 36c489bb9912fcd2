package org.perfeval.core.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    Optional<Department> findByName(String name);

    List<Department> findAllByOrderByCodeAsc();

    List<Department> findByBureauIdOrderByCodeAsc(Long bureauId);
}
