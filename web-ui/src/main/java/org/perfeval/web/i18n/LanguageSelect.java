package org.perfeval.web.i18n;

import java.util.Locale;

import com.vaadin.flow.component.select.Select;

/** 中文 / English, in every page's header; choosing one switches the session and redraws the page. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        setItems(Languages.ALL);
        setItemLabelGenerator(locale -> locale.equals(Languages.CHINESE) ? "中文" : "English");
        setValue(getLocale().getLanguage().equals("en") ? Languages.ENGLISH : Languages.CHINESE);
        setAriaLabel(getTranslation("app.language"));
        setWidth("7em");
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Languages.switchTo(event.getValue());
            }
        });
    }
}
