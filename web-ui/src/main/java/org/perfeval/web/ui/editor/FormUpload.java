package org.perfeval.web.ui.editor;

import java.util.Locale;
import java.util.function.Function;

import org.perfeval.scoring.document.xlsx.WorkbookReader;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The editor's upload of a filled form, JSON or .xlsx: a refused file leaves no tick behind, and why it was refused
 * is shown right at the upload, in the user's language; a file of another type or too large is refused before it
 * is read.
 */
final class FormUpload extends HorizontalLayout {

    /** A workbook with a logo or a second sheet stays well under this; a form in JSON is some tens of kilobytes. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Upload upload;
    private final Span error = new Span();

    /**
     * @param accept reads the file's bytes into the editor; returns why the file is refused, or null when accepted
     */
    FormUpload(String buttonText, Function<byte[], String> accept) {
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(
                () -> received(accept, metadata.fileName(), bytes))));
        upload.setAcceptedFileTypes("application/json", ".json", WorkbookReader.CONTENT_TYPE, ".xlsx");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(buttonText));
        upload.setId("editor-import");
        upload.addFileRejectedListener(event -> refuse(rejected(event.getFileName())));
        error.setId("editor-import-error");
        error.getStyle().set("color", "#b71c1c").set("white-space", "pre-line");
        error.setVisible(false);
        add(upload, error);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getStyle().set("flex-wrap", "wrap");
    }

    private String rejected(String fileName) {
        return getTranslation("editor.import.rejected", fileName, MAX_BYTES / 1024 / 1024);
    }

    private void received(Function<byte[], String> accept, String fileName, byte[] bytes) {
        // the browser checks the type too, but a request can skip the browser
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !name.endsWith(".xlsx")) {
            refuse(rejected(fileName));
            return;
        }
        String refused = accept.apply(bytes);
        if (refused == null) {
            error.setText("");
            error.setVisible(false);
        } else {
            refuse(refused);
        }
    }

    private void refuse(String why) {
        // the file is listed as uploaded, with a tick, unless it is taken off the list
        upload.clearFileList();
        error.setText(why);
        error.setVisible(true);
    }
}
