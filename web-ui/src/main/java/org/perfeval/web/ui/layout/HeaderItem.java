package org.perfeval.web.ui.layout;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header of every staff page, such as the notifications bell. Features declare it as
 * a Spring bean, so the frame shows it without knowing the feature: the frame depends on no feature.
 */
public interface HeaderItem {

    /** A new component for one page's header; called once per layout, in the UI it will belong to. */
    Component create();
}
