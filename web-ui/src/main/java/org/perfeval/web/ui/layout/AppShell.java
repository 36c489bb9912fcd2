package org.perfeval.web.ui.layout;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.aura.Aura;

/** The page around every screen: Vaadin's Aura theme, chosen here rather than left to auto-loading. */
@StyleSheet(Aura.STYLESHEET)
class AppShell implements AppShellConfigurator {
}
