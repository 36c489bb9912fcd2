package org.perfeval.web.ui.evaluation;

import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A tab whose content is built when it is first shown, so an evaluation page does not query what nobody opens. */
class LazyTab extends Div {

    private final Supplier<Component> content;
    private boolean built;

    LazyTab(Supplier<Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!built) {
            built = true;
            add(content.get());
        }
    }
}
