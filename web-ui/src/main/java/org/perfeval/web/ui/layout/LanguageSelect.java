package org.perfeval.web.ui.layout;

import java.util.Locale;

import org.perfeval.web.i18n.Languages;

import com.vaadin.flow.component.select.Select;

/**
 * 中文 / English, in every page's header; choosing one switches the session and redraws the page. Public because the
 * public portal's header shows it too.
 */
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
