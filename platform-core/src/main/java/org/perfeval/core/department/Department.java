package org.perfeval.core.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A 部门/单位. A finance bureau (财政局) is a department too: its finance reviewers check the departments that report
 * to it.
 */
@Entity
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "finance_bureau", nullable = false)
    private boolean financeBureau;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bureau_id")
    private Department bureau;

    @Version
    private long version;

    protected Department() {
    }

    Department(String code, String name, boolean financeBureau, Department bureau) {
        this.code = code;
        this.name = name;
        this.financeBureau = financeBureau;
        this.bureau = bureau;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    boolean isFinanceBureau() {
        return financeBureau;
    }

    Department getBureau() {
        return bureau;
    }

    DepartmentView toView() {
        return new DepartmentView(id, code, name, financeBureau, bureau == null ? null : bureau.getId(),
                bureau == null ? null : bureau.getCode(), bureau == null ? null : bureau.getName());
    }
}
