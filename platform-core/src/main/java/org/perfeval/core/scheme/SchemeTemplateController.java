package org.perfeval.core.scheme;

import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The blank .xlsx 自评表 of each scheme, for departments to fill in and import. */
@RestController
class SchemeTemplateController {

    private final SchemeService schemes;

    SchemeTemplateController(SchemeService schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/api/schemes/{id}/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String id) {
        return schemes.templateWorkbook(id)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(WorkbookReader.CONTENT_TYPE))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"template-" + id + ".xlsx\"")
                        .body(bytes))
                .orElse(ResponseEntity.notFound().build());
    }
}
