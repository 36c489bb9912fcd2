package org.perfeval.scoring.document.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.perfeval.scoring.document.Decimals;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** export(import(x)) keeps every field of the seed fixture, decimals exactly. */
class DocumentRoundTripTest {

    @Test
    void theSeedFixtureSurvivesReadAndWriteUnchanged() {
        String original = Samples.jinshui2021Json();
        ReadResult read = new DocumentReader().read(original);
        assertThat(read.violations()).isEmpty();

        String written = new DocumentWriter().write(read.document());

        JsonNode before = DocumentReader.MAPPER.readTree(original);
        JsonNode after = DocumentReader.MAPPER.readTree(written);
        assertThat(after).isEqualTo(before);
        assertThat(written).contains("\"executed\" : 173.65", "\"executed\" : 83.42", "\"budget\" : 110",
                "\"selfScore\" : 1.5", "\"total\" : 95.92", "\"adjusted\" : null", "郑州市金水区人民政府办公室");
    }

    @Test
    void decimalsFromADatabaseColumnAreWrittenAsTheFormWroteThem() {
        assertThat(Decimals.plain(new BigDecimal("110.00")).toPlainString()).isEqualTo("110");
        assertThat(Decimals.plain(new BigDecimal("83.40")).toPlainString()).isEqualTo("83.4");
        assertThat(Decimals.plain(new BigDecimal("0.00")).toPlainString()).isEqualTo("0");
    }

    @Test
    void theWrittenReportAndNotApplicableRowsTravelWithTheDocument() {
        String json = Samples.jinshui2021Json().replace("\"selfReported\"",
                "\"report\": {\"basicInformation\": \"一、基本情况……\", \"otherMatters\": \"无\"}, \"selfReported\"")
                .replace("\"selfScore\": 6}", "\"selfScore\": 6, \"notApplicable\": true}");
        SelfEvaluationDocument document = new DocumentReader().read(json).document();

        assertThat(document.report()).containsEntry(ReportSection.BASIC_INFORMATION, "一、基本情况……")
                .containsEntry(ReportSection.OTHER_MATTERS, "无");
        assertThat(document.indicators()).anyMatch(Indicator::notApplicable);
        SelfEvaluationDocument again = new DocumentReader().read(new DocumentWriter().write(document)).document();
        assertThat(again).isEqualTo(document);
    }

    @Test
    void theShippedSampleIsTheSharedFixture() throws IOException {
        Path shared = Path.of(System.getProperty("perfeval.shared.dir", "../../shared"), "fixtures",
                "jinshui-2021.json");
        if (Files.exists(shared)) {
            assertThat(Samples.jinshui2021Json()).isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
        } else {
            assertThat(Samples.jinshui2021().department()).isEqualTo("郑州市金水区人民政府办公室");
        }
    }
}
