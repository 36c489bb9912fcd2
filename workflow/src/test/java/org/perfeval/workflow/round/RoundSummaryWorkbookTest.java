package org.perfeval.workflow.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_NAME;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The finance bureau downloads a round as a workbook: one row per department, headed in its language. */
@SpringBootTest(properties = "perfeval.test.context=round-summary")
@AutoConfigureMockMvc
@WithTestDirectory
class RoundSummaryWorkbookTest {

    private static final String DUE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString();

    @Autowired
    MockMvc mvc;

    @Test
    void theSummaryHasADepartmentsStageTotalsFindingsAndOverdueInTheReadersLanguage() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        int year = json.readTree(mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Forms.submittable().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("year").intValue();
        String request = "{\"year\": " + (year + 1) + ", \"kind\": \"DEPARTMENT_OVERALL\", \"departments\": [\""
                + OFFICE + "\"], \"dueDate\": \"" + DUE + "\"}";
        long round = json.readTree(mvc.perform(post("/api/rounds").with(httpBasic(FINANCE_REVIEWER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(request.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").longValue();

        List<List<String>> zh = rows(round, "zh-CN");
        List<List<String>> en = rows(round, "en");

        assertThat(zh.get(1)).containsExactly("部门", "所处环节", "自评得分", "自评等级", "复核得分", "复核等级", "错误",
                "警告", "提示", "待认定行数", "是否逾期");
        assertThat(zh.get(2).getFirst()).isEqualTo(OFFICE_NAME);
        assertThat(zh.get(2).get(1)).isEqualTo("填报");
        assertThat(zh.get(2).get(4)).isNotEmpty();
        assertThat(zh.get(2).get(10)).isEqualTo("否");
        assertThat(en.get(1).getFirst()).isEqualTo("Department");
        assertThat(zh).hasSize(3);
        mvc.perform(get("/api/rounds/{id}/summary.xlsx", round).with(httpBasic(EDUCATION_DRAFTER, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private List<List<String>> rows(long round, String language) throws Exception {
        byte[] bytes = mvc.perform(get("/api/rounds/{id}/summary.xlsx", round).with(httpBasic(FINANCE_REVIEWER, PASSWORD))
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(content().contentType(WorkbookReader.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
