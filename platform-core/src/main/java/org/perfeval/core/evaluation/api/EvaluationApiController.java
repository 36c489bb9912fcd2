package org.perfeval.core.evaluation.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.perfeval.core.evaluation.EvaluationPage;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.evaluation.InvalidDocumentException;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.scoring.result.ScoreResultJson;
import org.perfeval.scoring.text.Text;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The self-evaluation REST API: import and export in the interchange format or as an .xlsx 自评表, listing, scoring, and updates guarded
 * by the version the caller last saw: the ETag of every answer is the form's version, and an update must name it in
 * If-Match (428 without it, 409 when the form has moved on). Authentication is required for all of it.
 */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationApiController {

    /** A real form is some tens of kilobytes; one MiB leaves room for a long written report. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** A filled workbook is zipped XML with styles, often with a logo or a second sheet: five MiB. */
    static final int MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;
    static final String XLSX = WorkbookReader.CONTENT_TYPE;

    private final EvaluationService evaluations;

    EvaluationApiController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * With {@code page} or {@code size}: one page of the forms the caller may read, with the totals
     * ({@code items}, {@code page}, {@code size}, {@code totalItems}, {@code totalPages}), sorted by {@code sort}
     * ("year,desc", "department"; repeatable). Without either, for clients written before pages: every such form,
     * as a plain array.
     */
    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) List<String> sort) {
        if (page == null && size == null) {
            return ResponseEntity.ok(evaluations.visible());
        }
        return ResponseEntity.ok(evaluations.page(page == null ? 0 : page,
                size == null ? EvaluationPage.DEFAULT_SIZE : size, sort == null ? List.of() : sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<EvaluationSummary> get(@PathVariable long id) {
        EvaluationSummary summary = evaluations.summary(id);
        return ResponseEntity.ok().eTag(eTag(summary)).body(summary);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluationSummary> importDocument(HttpServletRequest request) throws IOException {
        EvaluationSummary summary = evaluations.importJson(body(request));
        return ResponseEntity.created(URI.create("/api/evaluations/" + summary.id())).eTag(eTag(summary))
                .body(summary);
    }

    /** A filled .xlsx 自评表 (Henan 部门整体 or national 项目支出 layout), refused by sheet and cell. */
    @PostMapping(path = "/import", consumes = XLSX)
    ResponseEntity<EvaluationSummary> importWorkbook(HttpServletRequest request) throws IOException {
        EvaluationSummary summary = evaluations.importWorkbook(bytes(request, MAX_WORKBOOK_BYTES));
        return ResponseEntity.created(URI.create("/api/evaluations/" + summary.id())).eTag(eTag(summary))
                .body(summary);
    }

    @GetMapping(path = "/{id}/export.xlsx")
    ResponseEntity<byte[]> exportWorkbook(@PathVariable long id) {
        EvaluationSummary summary = evaluations.summary(id);
        String fileName = "self-evaluation-" + summary.departmentCode() + "-" + summary.year() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .eTag(eTag(summary))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(evaluations.exportWorkbook(id));
    }

    @GetMapping(path = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> export(@PathVariable long id) {
        EvaluationSummary summary = evaluations.summary(id);
        String fileName = "self-evaluation-" + summary.departmentCode() + "-" + summary.year() + ".json";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .eTag(eTag(summary))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(evaluations.exportJson(id));
    }

    @GetMapping(path = "/{id}/score", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> score(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(ScoreResultJson.write(evaluations.score(id), false));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluationSummary> update(@PathVariable long id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch, HttpServletRequest request) throws IOException {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).build();
        }
        EvaluationSummary summary = evaluations.updateJson(id, version(ifMatch), body(request));
        return ResponseEntity.ok().eTag(eTag(summary)).body(summary);
    }

    /** The form's version; Spring quotes it. */
    private static String eTag(EvaluationSummary summary) {
        return String.valueOf(summary.version());
    }

    /**
     * The version an If-Match names. A weak tag is taken like a strong one and quotes may be left out, as before; the
     * stale version itself is the service's to refuse, as a conflict that names the version that won.
     */
    private static long version(String ifMatch) {
        try {
            return Long.parseLong(ETag.create(ifMatch.strip()).tag());
        } catch (NumberFormatException e) {
            throw new InvalidDocumentException(List.of(new FieldRefusal("", Text.of("core.document.ifMatch"))));
        }
    }

    /** The request body as UTF-8 text, refused past {@link #MAX_BODY_BYTES} without reading the rest. */
    private static String body(HttpServletRequest request) throws IOException {
        return utf8(bytes(request, MAX_BODY_BYTES));
    }

    /** The request body, refused past {@code limit} bytes without reading the rest. */
    private static byte[] bytes(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        }
    }

    /** The body decoded strictly: a byte sequence that is no UTF-8 is refused, never replaced with U+FFFD. */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidDocumentException(List.of(new FieldRefusal("",
                    Text.of("core.api.encoding", in.position() + 1))));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static InvalidDocumentException tooLarge(int limit) {
        return InvalidDocumentException.tooLarge(new FieldRefusal("",
                Text.of("core.document.bodyTooLarge", limit / 1024)));
    }
}
