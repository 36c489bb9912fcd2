package org.perfeval.scoring.document.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.document.json.Violation;
import org.perfeval.scoring.text.Text;

/**
 * Reads a filled 自评表 from an .xlsx workbook: the first sheet whose title names a 部门整体 or 项目支出 form, read by
 * its labels wherever on the sheet the form starts, into the interchange document, which is then validated exactly
 * as an imported JSON document is. A refusal names the sheet and cell and what was expected there
 * ("自评表!G23：分值应为数字"); a document comes back only when there is none.
 */
public final class WorkbookReader {

    /** The content type of an .xlsx workbook. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DocumentReader validator = new DocumentReader();

    /** Whether the bytes start as an .xlsx (a zip) does: how a file is told from JSON without trusting its name. */
    public static boolean looksLikeWorkbook(byte[] start) {
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
    }

    public ReadResult read(byte[] workbook) {
        return readPlaced(workbook).result();
    }

    /**
     * A workbook read, and where each field of its document is on the sheet: for the checks a platform makes after
     * reading (a text too long for its column, a duplicate form) to name the cell as this reader's own do.
     */
    public record Placed(ReadResult result, Map<String, String> cells, String sheet) {

        public Placed {
            cells = Map.copyOf(cells);
        }

        /** The cell of the field a pointer names and the field's name ("自评表!C27：三级指标"), or null. */
        public Text place(String pointer) {
            String cell = cellOf(cells, pointer);
            return cell == null ? null : Text.of("place.xlsx.cell", cell,
                    CellPlaces.field(pointer, Violation.inDocument(pointer, Text.of("place.document")).place()));
        }
    }

    public Placed readPlaced(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return read(book);
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            return unplaced(refused(Text.of("violation.xlsx.oldFormat")));
        } catch (org.apache.poi.ooxml.POIXMLException | IOException | IllegalArgumentException
                 | IllegalStateException e) {
            return unplaced(refused(Text.of("violation.xlsx.unreadable")));
        }
    }

    private static Placed unplaced(ReadResult result) {
        return new Placed(result, Map.of(), "");
    }

    /** Reads a stream; a stream that fails while being read throws, as it says nothing about the form. */
    public ReadResult read(InputStream in) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return read(workbook).result();
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            return refused(Text.of("violation.xlsx.oldFormat"));
        } catch (org.apache.poi.ooxml.POIXMLException | IllegalArgumentException
                 | IllegalStateException e) {
            return refused(Text.of("violation.xlsx.unreadable"));
        } catch (IOException e) {
            if (e.getCause() instanceof InvalidFormatException || e.getClass().getName().contains("Zip")) {
                return refused(Text.of("violation.xlsx.unreadable"));
            }
            throw e;
        }
    }

    Placed read(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            Grid grid = new Grid(sheet);
            Title title = Title.find(grid);
            if (title == null) {
                continue;
            }
            FormTree tree = new FormTree(grid);
            if (title.kind() == EvaluationKind.DEPARTMENT_OVERALL) {
                HenanLayout.read(tree, title);
            } else {
                NationalLayout.read(tree, title);
            }
            String scheme = WorkbookProperties.scheme(workbook);
            if (scheme != null) {
                tree.root().put("scheme", scheme);
            }
            ReportSheet.read(workbook, tree);
            return new Placed(validated(tree), tree.cells(), grid.sheetName());
        }
        return unplaced(refused(Text.of("violation.xlsx.noForm")));
    }

    private ReadResult validated(FormTree tree) {
        ReadResult result = validator.read(tree.root());
        if (result.isValid()) {
            return result;
        }
        List<Violation> placed = new ArrayList<>();
        for (Violation violation : result.violations()) {
            placed.add(placed(violation, tree.cells(), tree.grid().sheetName()));
        }
        return new ReadResult(null, placed);
    }

    /** The violation at the cell its field came from (or its nearest enclosing field's), by the field's name. */
    private static Violation placed(Violation violation, Map<String, String> cells, String sheet) {
        String pointer = violation.pointer();
        String cell = cellOf(cells, pointer);
        Text field = CellPlaces.field(pointer, violation.place());
        Text place = cell != null ? Text.of("place.xlsx.cell", cell, field) : Text.of("place.xlsx.sheet", sheet, field);
        return new Violation(pointer, place, violation.problem());
    }

    private static String cellOf(Map<String, String> cells, String pointer) {
        String cell = null;
        for (String p = pointer; cell == null && !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            cell = cells.get(p);
        }
        return cell;
    }

    private static ReadResult refused(Text problem) {
        return new ReadResult(null, List.of(new Violation("", Text.of("place.xlsx.workbook"), problem)));
    }
}
