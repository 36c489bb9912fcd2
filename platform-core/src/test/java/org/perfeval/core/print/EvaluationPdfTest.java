package org.perfeval.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_NAME;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.PdfPages;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.document.json.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-evaluation as a PDF for stamping, read back with PDFBox: the department, the totals and the rows are in
 * it, in the embedded CJK font, on numbered A4 landscape pages; only those who may read the form get it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class EvaluationPdfTest {

    @Autowired
    MockMvc mvc;

    private long id;

    /** The seed as filed, imported unless a test before this one (the context's database is shared) did. */
    @BeforeEach
    void importSeed() throws Exception {
        mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(Samples.jinshui2021Json().getBytes(StandardCharsets.UTF_8)));
        MvcResult list = mvc.perform(get("/api/evaluations").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        for (JsonNode summary : JsonMapper.builder().build().readTree(list.getResponse().getContentAsString())) {
            if (summary.get("year").intValue() == 2021 && summary.get("kind").stringValue().equals("DEPARTMENT_OVERALL")
                    && summary.get("project").isNull()) {
                id = summary.get("id").longValue();
            }
        }
        assertThat(id).isPositive();
    }

    private byte[] pdf(String user, String language) throws Exception {
        var request = get("/api/evaluations/{id}/pdf", id).with(httpBasic(user, PASSWORD));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment;"),
                        org.hamcrest.Matchers.containsString(".pdf"))))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theSeedPrintsWithItsDepartmentTotalsAndEveryRowInChineseOnNumberedA4LandscapePages() throws Exception {
        PdfPages pages = PdfPages.read(pdf(OFFICE_DRAFTER, null));

        pages.assertA4LandscapeEmbeddedAndNumbered();
        assertThat(pages.fonts()).allSatisfy(font -> assertThat(font).contains("NotoSansSC"));
        String text = pages.text();
        assertThat(text).contains(OFFICE_NAME + "2021年度部门整体绩效自评表", "复核总分", "97.20优", "自评总分",
                "95.92优", "年度主要任务", "预算情况（万元）", "预算执行率", "一级指标得分", "投入管理指标",
                "产出指标", "效益指标", "年度履职目标相关性", "区域稳定度", "复核发现的问题", "填报单位（盖章）");
        assertThat(text).doesNotContain("print.", "Total");
    }

    @Test
    void everyoneWhoMayReadTheFormGetsItsPdfAndAReaderOfEnglishGetsEnglishLabels() throws Exception {
        for (String reader : new String[]{OFFICE_REVIEWER, FINANCE_REVIEWER}) {
            assertThat(PdfPages.read(pdf(reader, "zh-CN")).text()).contains(OFFICE_NAME, "97.20");
        }
        String english = PdfPages.read(pdf(OFFICE_DRAFTER, "en")).text();
        assertThat(english).contains("Computedtotal", "97.20", "Performanceindicators", OFFICE_NAME, "Page1of")
                .doesNotContain("复核总分", "print.");
    }

    @Test
    void whatAFormHoldsPrintsAsWrittenEvenMarkupCharacters() throws Exception {
        String project = "线路&<改造>工程";
        MvcResult imported = mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Forms.withErrorsProject(project).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn();
        id = JsonMapper.builder().build().readTree(imported.getResponse().getContentAsString()).get("id").longValue();

        PdfPages pages = PdfPages.read(pdf(OFFICE_DRAFTER, null));

        assertThat(pages.text()).contains(project, "项目支出绩效自评表");
        pages.assertA4LandscapeEmbeddedAndNumbered();
    }

    @Test
    void anotherDepartmentsDrafterFindsNoSuchFormAndAnAnonymousCallerMustLogIn() throws Exception {
        mvc.perform(get("/api/evaluations/{id}/pdf", id).with(httpBasic(EDUCATION_DRAFTER, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/evaluations/{id}/pdf", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/evaluations/{id}/pdf", id + 1000).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
