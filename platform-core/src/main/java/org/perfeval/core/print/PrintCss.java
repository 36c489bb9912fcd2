package org.perfeval.core.print;

/** The style sheet of every printed form: paper, margins, footer, tables that read like the paper 自评表. */
final class PrintCss {

    private PrintCss() {
    }

    static String css(String pageNumbers) {
        return """
                @page {
                  size: A4 landscape;
                  margin: 12mm 12mm 16mm 12mm;
                  @bottom-left { content: element(footer); width: 78%; vertical-align: top; }
                  @bottom-right { content: PAGE_NUMBERS; width: 22%; vertical-align: top; text-align: right;
                                  font-family: 'FAMILY'; font-size: 8pt; }
                }
                * { font-family: 'FAMILY', 'FALLBACK'; }
                body { font-size: 9pt; line-height: 1.35; color: #000; }
                .footer { position: running(footer); font-size: 7.5pt; word-break: break-all; }
                h1 { font-size: 15pt; text-align: center; margin: 0 0 3mm 0; }
                h2 { font-size: 11pt; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
                p.prose { white-space: pre-line; margin: 0 0 2mm 0; text-align: justify; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate;
                        margin-bottom: 2mm; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th, td { border: 0.6pt solid #000; padding: 1.2pt 2.5pt; vertical-align: middle;
                         word-break: break-all; }
                th { font-weight: bold; background-color: #eeeeee; text-align: center; }
                td.number, th.number { text-align: right; white-space: nowrap; }
                /* a merged 一级 or 二级 cell may run over a page break: its name stays at the top, on the first page */
                td.merged { vertical-align: top; }
                table.keep { page-break-inside: avoid; }
                td.label { font-weight: bold; background-color: #f6f6f6; }
                td.center { text-align: center; }
                tr.total td { font-weight: bold; }
                td.differs { background-color: #fde2e2; }
                .stamp { margin-top: 8mm; page-break-inside: avoid; }
                .stamp td { border: none; padding-top: 6mm; width: 33%; }
                """.replace("PAGE_NUMBERS", pageNumbers).replace("FALLBACK", PdfFonts.FALLBACK)
                .replace("FAMILY", PdfFonts.FAMILY);
    }
}
