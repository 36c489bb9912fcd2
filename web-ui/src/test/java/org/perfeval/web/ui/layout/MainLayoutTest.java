package org.perfeval.web.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;

/**
 * The navigation in the frame, built from the views' {@code @Menu}: in the menu's order, titles in the user's
 * language, and only what the user may open, so administrators see the administration and drafters do not.
 */
@SpringBootTest
@ActiveProfiles("test")
class MainLayoutTest extends ScreenTest {

    @Test
    @LoggedInAs("admin")
    void anAdministratorFindsEveryScreenIncludingTheAdministration() {
        UI.getCurrent().navigate("");
        assertThat(find(SideNav.class).id("navigation").getItems()).extracting(SideNavItem::getLabel,
                SideNavItem::getPath).containsExactly(
                        tuple("我的待办", "inbox"), tuple("年度自评任务", "rounds"), tuple("自评表", ""),
                        tuple("通知", "notifications"),
                        tuple("用户与角色", "admin/users"), tuple("部门", "admin/departments"),
                        tuple("办理时限", "admin/deadlines"), tuple("工作日历", "admin/calendar"),
                        tuple("评分方案", "admin/schemes"),
                        tuple("公开报告", "public"));
    }

    @Test
    @LoggedInAs("drafter")
    void aDrafterFindsTheWorkScreensButNoAdministration() {
        UI.getCurrent().navigate("");
        assertThat(find(SideNav.class).id("navigation").getItems()).extracting(SideNavItem::getLabel,
                SideNavItem::getPath).containsExactly(
                        tuple("我的待办", "inbox"), tuple("年度自评任务", "rounds"), tuple("自评表", ""),
                        tuple("通知", "notifications"),
                        tuple("公开报告", "public"));
    }

    @Test
    @LoggedInAs("finance")
    void theHeaderShowsTheFeaturesItemsTheUserAndTheWayOut() {
        UI.getCurrent().navigate("inbox");
        assertThat(find(RouterLink.class).id("notifications-bell").getText())
                .startsWith("通知（");
        assertThat(find(Button.class).id("logout").getText()).isEqualTo("退出登录");
    }
}
