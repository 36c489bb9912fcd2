package org.perfeval.web.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The department screen without a browser: a department registered under its bureau, a taken code refused. */
@SpringBootTest(properties = "perfeval.test.context=departments")
@ActiveProfiles("test")
@LoggedInAs("admin")
class DepartmentsViewTest extends ScreenTest {

    @Autowired
    DepartmentService departments;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorRegistersADepartmentUnderItsBureauAndATakenCodeIsRefused() {
        navigate(DepartmentsView.class);
        Grid<DepartmentView> grid = find(Grid.class).id("departments");
        int before = test(grid).size();
        test(find(TextField.class).id("department-code")).setValue("JSWJ");
        test(find(TextField.class).id("department-name")).setValue("郑州市金水区卫生健康委员会");
        test((ComboBox<DepartmentView>) find(ComboBox.class).id("department-bureau")).selectItem("郑州市金水区财政局");
        test(find(Button.class).id("register-department")).click();
        assertThat(test(grid).size()).isEqualTo(before + 1);
        assertThat(departments.byCode("JSWJ").orElseThrow().bureauCode()).isEqualTo("JSCZ");

        test(find(TextField.class).id("department-code")).setValue("JSZF");
        test(find(TextField.class).id("department-name")).setValue("重复代码");
        test(find(Button.class).id("register-department")).click();
        String problem = find(Paragraph.class).id("department-problem").getText();
        assertThat(problem).contains("部门代码", "JSZF", "已被使用");
        ChineseText.assertClean(problem, "JSZF");
        assertThat(test(grid).size()).isEqualTo(before + 1);
    }
}
