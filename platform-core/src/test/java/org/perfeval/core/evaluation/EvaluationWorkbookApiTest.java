package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.document.json.DocumentWriter;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.scoring.document.xlsx.WorkbookWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forms in and out of the REST API as .xlsx: the import takes a workbook by its content type, the export gives one
 * that imports back to the same form, a refused cell is named, and no other state-changing call takes a workbook.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class EvaluationWorkbookApiTest {

    private static final MediaType XLSX = MediaType.parseMediaType(WorkbookReader.CONTENT_TYPE);

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfEvaluationRepository repository;

    @BeforeEach
    void clean() {
        repository.deleteAll();
    }

    private static MockHttpServletRequestBuilder importAs(String user, byte[] workbook) {
        return post("/api/evaluations/import").with(httpBasic(user, PASSWORD)).contentType(XLSX).content(workbook);
    }

    @Test
    void aWorkbookIsImportedByItsContentTypeAndExportedBackAsTheSameForm() throws Exception {
        byte[] seed = new WorkbookWriter().write(Samples.jinshui2021());

        mvc.perform(importAs(OFFICE_DRAFTER, seed))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/evaluations/")))
                .andExpect(jsonPath("$.computedTotal").value(97.2))
                .andExpect(jsonPath("$.selfTotal").value(95.92));
        long id = repository.findAll().getFirst().getId();

        MvcResult export = mvc.perform(get("/api/evaluations/{id}/export.xlsx", id)
                        .with(httpBasic(FINANCE_REVIEWER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"")))
                .andReturn();
        ReadResult back = new WorkbookReader().read(export.getResponse().getContentAsByteArray());
        DocumentWriter json = new DocumentWriter();
        assertThat(json.writeCanonical(back.document())).isEqualTo(json.writeCanonical(Samples.jinshui2021()));
    }

    @Test
    void aRefusedCellIsNamedBySheetAndCellInBothLanguagesAndNothingIsStored() throws Exception {
        byte[] refused;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                new WorkbookWriter().write(Samples.jinshui2021())))) {
            workbook.getSheet(WorkbookWriter.SHEET).getRow(21).getCell(6).setCellValue("一分");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            refused = out.toByteArray();
        }

        mvc.perform(importAs(OFFICE_DRAFTER, refused))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/indicators/2/weight"))
                .andExpect(jsonPath("$.errors[0].messageZh").value("自评表!G22：分值应为数字"))
                .andExpect(jsonPath("$.errors[0].message").value("自评表!G22 (weight): must be a number"));
        assertThat(repository.count()).isZero();
    }

    @Test
    void thePlatformsOwnChecksNameTheCellToo() throws Exception {
        byte[] tooLong;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                new WorkbookWriter().write(Samples.jinshui2021())))) {
            workbook.getSheet(WorkbookWriter.SHEET).getRow(21).getCell(2).setCellValue("长".repeat(201));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            tooLong = out.toByteArray();
        }

        mvc.perform(importAs(OFFICE_DRAFTER, tooLong))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/indicators/2/level3"))
                .andExpect(jsonPath("$.errors[0].messageZh").value("自评表!C22：三级指标不能超过 200 个字符"));
        assertThat(repository.count()).isZero();
    }

    @Test
    void aWorkbookIsAcceptedOnTheImportOnly() throws Exception {
        mvc.perform(put("/api/evaluations/{id}", 1).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "\"0\"").contentType(XLSX)
                        .content(new WorkbookWriter().write(Samples.jinshui2021())))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(repository.count()).isZero();
    }

    @Test
    void aWorkbookOverFiveMebibytesIsRefusedAsTooLarge() throws Exception {
        byte[] large = Arrays.copyOf(new WorkbookWriter().write(Samples.jinshui2021()), 5 * 1024 * 1024 + 1);

        mvc.perform(importAs(OFFICE_DRAFTER, large))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is larger than 5120 KiB")));
        assertThat(repository.count()).isZero();
    }

    @Test
    void eachSchemeHasABlankTemplateWorkbook() throws Exception {
        MvcResult template = mvc.perform(get("/api/schemes/{id}/template.xlsx", "national-project")
                        .with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                template.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheet(WorkbookWriter.SHEET).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("项目支出绩效自评表");
        }
        mvc.perform(get("/api/schemes/{id}/template.xlsx", "no-such-scheme").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
