package org.perfeval.scoring.document.xlsx;

import org.apache.poi.ooxml.POIXMLProperties.CustomProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The scoring scheme a form names, kept in the workbook's custom document properties (文件 → 属性 → 自定义): no
 * printed form has a cell for it, and Excel keeps the property when the file is edited and saved.
 */
final class WorkbookProperties {

    static final String SCHEME = "perfeval.scheme";

    private WorkbookProperties() {
    }

    static String scheme(XSSFWorkbook workbook) {
        CustomProperties custom = workbook.getProperties().getCustomProperties();
        CTProperty property = custom.getProperty(SCHEME);
        if (property == null || !property.isSetLpwstr()) {
            return null;
        }
        String scheme = property.getLpwstr();
        return scheme == null || scheme.isBlank() ? null : scheme.strip();
    }

    static void scheme(XSSFWorkbook workbook, String scheme) {
        if (scheme != null) {
            workbook.getProperties().getCustomProperties().addProperty(SCHEME, scheme);
        }
    }
}
