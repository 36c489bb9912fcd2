package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.core.evaluation.form.ColumnLimits;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migrated schema holds what the document check lets through: each text column is exactly that long, in the
 * database's own units.
 */
abstract class SchemaContract {

    @Autowired
    DataSource dataSource;

    @ParameterizedTest(name = "{0}.{1} holds {2} characters")
    @CsvSource({
            "self_evaluation, project_name, " + ColumnLimits.PROJECT,
            "self_evaluation, scheme_id, " + ColumnLimits.SCHEME,
            "self_evaluation, annual_goal, " + ColumnLimits.ANNUAL_GOAL,
            "self_evaluation, goal_completion, " + ColumnLimits.GOAL_COMPLETION,
            "evaluation_task, name, " + ColumnLimits.TASK_NAME,
            "evaluation_task, content, " + ColumnLimits.TASK_CONTENT,
            "evaluation_task, completion, " + ColumnLimits.TASK_COMPLETION,
            "evaluation_level1, name, " + ColumnLimits.LEVEL1,
            "self_level1_score, name, " + ColumnLimits.LEVEL1,
            "indicator, level1, " + ColumnLimits.LEVEL1,
            "indicator, level2, " + ColumnLimits.LEVEL2,
            "indicator, level3, " + ColumnLimits.LEVEL3,
            "indicator, target, " + ColumnLimits.TARGET,
            "indicator, unit, " + ColumnLimits.UNIT,
            "indicator, actual, " + ColumnLimits.ACTUAL,
            "indicator, deviation_reason, " + ColumnLimits.DEVIATION_REASON})
    void textColumnsAreAsLongAsTheDocumentCheckAllows(String table, String column, int length) throws SQLException {
        assertThat(columnSize(table, column)).isEqualTo(length * unitsPerCharacter());
    }

    /** How many units of its own the database counts for the widest character: H2 counts UTF-16 units. */
    abstract int unitsPerCharacter();

    int columnSize(String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : new String[]{table, table.toUpperCase()}) {
                try (ResultSet columns = meta.getColumns(connection.getCatalog(), null, name, null)) {
                    while (columns.next()) {
                        if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                            return columns.getInt("COLUMN_SIZE");
                        }
                    }
                }
            }
        }
        throw new AssertionError("no column " + table + "." + column);
    }
}
