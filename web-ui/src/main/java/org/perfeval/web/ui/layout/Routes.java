package org.perfeval.web.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The addresses one feature's screens open in another's. Features link and navigate by these rather than by each
 * other's view classes, which would tie them together both ways (the evaluation page links to the editor, the editor
 * returns to the evaluation page); so every view stays package-private. The views name the same constants in their
 * {@code @Route}, so an address and its view cannot drift apart. Users bookmark them: they do not change.
 */
public final class Routes {

    /** One evaluation, read-only, with the steps the user may take. */
    public static final String EVALUATION = "evaluations/:id";
    /** The drafter's editor of one evaluation. */
    public static final String EDITOR = "evaluations/:id/edit";
    /** The disclosed reports, for anyone. */
    public static final String PUBLIC_REPORTS = "public";

    private static final String ID = "id";

    private Routes() {
    }

    /** Opens {@code route} for the evaluation {@code id} in the current page. */
    public static void open(String route, long id) {
        UI.getCurrent().navigate(view(route), parameters(id));
    }

    /** A link to {@code route}, which takes no parameters. */
    public static RouterLink link(String text, String route) {
        return new RouterLink(text, view(route));
    }

    /** A link to {@code route} for the evaluation {@code id}. */
    public static RouterLink link(String text, String route, long id) {
        return new RouterLink(text, view(route), parameters(id));
    }

    private static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    /** The view registered at {@code route}, looked up at run time so that the caller need not know its class. */
    private static Class<? extends Component> view(String route) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(data -> data.getTemplate().equals(route)).map(RouteData::getNavigationTarget).findFirst()
                .orElseThrow(() -> new IllegalStateException("no view is registered at " + route));
    }
}
