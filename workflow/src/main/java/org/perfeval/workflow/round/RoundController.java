package org.perfeval.workflow.round;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Rounds over HTTP: opened by the finance bureau, read by it and the departments covered; templates by admins. */
@RestController
class RoundController {

    private final RoundService rounds;
    private final TemplateService templates;
    private final RoundSummaryWorkbook summaries;

    RoundController(RoundService rounds, TemplateService templates, RoundSummaryWorkbook summaries) {
        this.rounds = rounds;
        this.templates = templates;
        this.summaries = summaries;
    }

    @PostMapping(path = "/api/rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundView> open(@RequestBody OpenRound request) {
        RoundView opened = rounds.open(request);
        return ResponseEntity.created(URI.create("/api/rounds/" + opened.id())).body(opened);
    }

    @GetMapping("/api/rounds")
    List<RoundView> rounds() {
        return rounds.visible();
    }

    @GetMapping("/api/rounds/{id}")
    RoundView round(@PathVariable long id) {
        return rounds.round(id);
    }

    /** The finance bureau's summary of the round as an .xlsx workbook, headed in the caller's language. */
    @GetMapping("/api/rounds/{id}/summary.xlsx")
    ResponseEntity<byte[]> summary(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(WorkbookReader.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"round-" + id + "-summary.xlsx\"")
                .body(summaries.summary(id, locale));
    }

    @PostMapping(path = "/api/rounds/{id}/projects", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundEntry> startProject(@PathVariable long id, @RequestBody Map<String, String> body) {
        RoundEntry started = rounds.startProject(id, body.get("project"));
        return ResponseEntity.created(URI.create("/api/evaluations/" + started.evaluationId())).body(started);
    }

    @GetMapping(path = "/api/templates/{kind}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> template(@PathVariable EvaluationKind kind) {
        return templates.templateJson(kind).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @PutMapping(path = "/api/admin/templates/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> keep(@PathVariable EvaluationKind kind, @RequestBody String json) {
        templates.keep(kind, json);
        return ResponseEntity.noContent().build();
    }
}
