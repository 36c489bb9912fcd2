package org.perfeval.workflow.disclosure;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disclosed reports for anyone, without a login; the frozen form comes as its exact disclosed text. */
@RestController
@RequestMapping("/api/public/reports")
class PublicReportController {

    private final PublicReports reports;

    PublicReportController(PublicReports reports) {
        this.reports = reports;
    }

    @GetMapping
    List<PublicReport> disclosed(@RequestParam(required = false) Integer year) {
        return reports.disclosed(year);
    }

    @GetMapping("/{id}")
    ResponseEntity<PublicReport> report(@PathVariable long id) {
        return reports.report(id).map(report -> new PublicReport(report.evaluationId(), report.year(),
                        report.departmentName(), report.project(), report.total(), report.grade(), report.sha256(),
                        report.disclosedAt(), report.documentJson(), null, report.adjudicated()))
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
