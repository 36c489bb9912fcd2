package org.perfeval.core.evaluation.form;

import org.perfeval.scoring.document.ReportSection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One of the eight sections of the written report. */
@Entity
@Table(name = "report_section")
class ReportSectionRow extends FormRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ReportSection section;

    @Column(nullable = false, length = ColumnLimits.REPORT_SECTION)
    private String content;

    protected ReportSectionRow() {
    }

    ReportSectionRow(ReportSection section, String content) {
        this.section = section;
        this.content = content;
    }

    ReportSection getSection() {
        return section;
    }

    String getContent() {
        return content;
    }

    void setContent(String content) {
        this.content = content;
    }
}
