package org.perfeval.web.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.workflow.rectification.RectificationRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The finance reviewer sends a form back: a reason, and rectification items each tied to an indicator row. */
class SendBackDialog extends Dialog {

    private final Div items = new Div();
    private final List<Item> rows = new ArrayList<>();
    private final SelfEvaluationDocument document;

    private record Item(ComboBox<Integer> row, TextField request) {
    }

    SendBackDialog(SelfEvaluationDocument document, BiConsumer<String, List<RectificationRequest>> send) {
        this.document = document;
        setId("send-back-dialog");
        setHeaderTitle(getTranslation("action.SEND_BACK"));
        setWidth("min(48rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("action.reason"));
        reason.setId("send-back-reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        Button add = new Button(getTranslation("sendBack.addItem"), click -> addItem());
        add.setId("add-item");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(reason, items, add);
        addItem();
        Button confirm = new Button(getTranslation("action.SEND_BACK"), click -> {
            List<RectificationRequest> requests = rows.stream().filter(item -> !item.request().isEmpty()
                            || item.row().getValue() != null)
                    .map(item -> new RectificationRequest(item.row().getValue(), null, item.request().getValue()))
                    .toList();
            close();
            send.accept(reason.getValue(), requests);
        });
        confirm.setId("confirm-send-back");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    private void addItem() {
        int number = rows.size();
        ComboBox<Integer> row = new ComboBox<>(getTranslation("sendBack.row"));
        row.setItems(IntStream.range(0, document.indicators().size()).boxed().toList());
        row.setItemLabelGenerator(index -> getTranslation("editor.row", index + 1) + " · "
                + document.indicators().get(index).level3());
        row.setId("item-row-" + number);
        row.setWidth("16rem");
        TextField request = new TextField(getTranslation("sendBack.request"));
        request.setId("item-request-" + number);
        request.setMaxLength(2000);
        HorizontalLayout line = new HorizontalLayout(row, request);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        line.expand(request);
        line.setWidthFull();
        rows.add(new Item(row, request));
        items.add(line);
    }
}
