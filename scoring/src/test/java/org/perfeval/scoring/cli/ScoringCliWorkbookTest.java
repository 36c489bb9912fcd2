package org.perfeval.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.document.xlsx.WorkbookWriter;

/** {@code score FORM.xlsx} scores a filled workbook exactly as the same form in JSON, and names refused cells. */
class ScoringCliWorkbookTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ScoringCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        String said = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return said;
    }

    @Test
    void aWorkbookScoresAsTheSameFormInJson() throws IOException {
        Path json = Files.writeString(dir.resolve("seed.json"), Samples.jinshui2021Json());
        Path xlsx = Files.write(dir.resolve("seed.xlsx"), new WorkbookWriter().write(Samples.jinshui2021()));

        int fromJson = run("score", json.toString());
        String jsonResult = out();
        int fromWorkbook = run("score", xlsx.toString());

        assertThat(fromWorkbook).isEqualTo(fromJson).isEqualTo(ScoringCli.ERRORS_FOUND);
        assertThat(out()).isEqualTo(jsonResult).contains("97.2");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aRefusedCellIsNamedBySheetAndCellAndTheExitIsTwo() throws IOException {
        byte[] bytes = new WorkbookWriter().write(Samples.jinshui2021());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // the third indicator row's 分值 (G), on row 22 of the exported form
            workbook.getSheet(WorkbookWriter.SHEET).getRow(21).getCell(6).setCellValue("一分");
            ByteArrayOutputStream changed = new ByteArrayOutputStream();
            workbook.write(changed);
            bytes = changed.toByteArray();
        }
        Path xlsx = Files.write(dir.resolve("refused.xlsx"), bytes);

        assertThat(run("score", xlsx.toString())).isEqualTo(ScoringCli.UNUSABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(xlsx + ": 自评表!G22：分值应为数字");
    }
}
