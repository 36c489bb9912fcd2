package org.perfeval.core.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.Role;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.Decimals;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Lists the evaluations a user may read from the figures stored with each form (V6, V11, V13): one query for the page
 * and one for the count, however many forms there are; no form is rescored and none of its rows is loaded. Who may
 * read what is the same rule as {@link org.perfeval.core.department.DepartmentAccess#canRead}, put as a condition
 * of the query: administrators every form, drafters and reviewers their department's, finance reviewers those of
 * the departments reporting to their bureau.
 */
@Component
class EvaluationListing {

    /** What a list may be sorted by, as the API names it, and what that is in the query. */
    private static final Map<String, String> SORTS = sorts();
    private static final String DEFAULT_SORT = "e.fiscalYear desc, d.code asc, e.kind asc, e.projectName asc";

    private static final String FROM = " from SelfEvaluation e join Department d on d.id = e.departmentId"
            + " where (:all = true or (:member = true and e.departmentId = :department)"
            + " or (:bureau = true and d.bureau.id = :department))";
    private static final String SELECT = "select e.id, d.code, d.name, e.fiscalYear, e.kind, e.projectName,"
            + " e.status, e.version, e.form.selfTotal, e.form.selfGrade, e.form.computedTotal, e.form.computedGrade,"
            + " e.form.computedErrors, e.updatedAt, e.updatedBy, e.form.computedPending";

    private final EntityManager entityManager;

    EvaluationListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Page {@code page} (from 0) of {@code size} items, sorted by {@code sort} ("year,desc", "department"), or every
     * item when {@code size} is null. A form stored before its error count was kept is summarised by
     * {@code unscored}.
     */
    EvaluationPage list(CurrentUser user, int page, Integer size, List<String> sort, LongFunction<EvaluationSummary>
            unscored) {
        String orderBy = orderBy(sort);
        boolean all = user.has(Role.ADMIN);
        boolean member = user.hasDepartment() && (user.has(Role.DRAFTER) || user.has(Role.DEPT_REVIEWER));
        boolean bureau = user.hasDepartment() && user.has(Role.FINANCE_REVIEWER);
        if (!all && !member && !bureau) {
            return new EvaluationPage(List.of(), page, size == null ? 0 : size, 0, 0);
        }
        TypedQuery<Object[]> query = entityManager.createQuery(SELECT + FROM + " order by " + orderBy, Object[].class);
        visibleTo(query, all, member, bureau, user);
        if (size != null) {
            query.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size);
        }
        List<EvaluationSummary> items = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            items.add(row[12] == null || row[15] == null ? unscored.apply((Long) row[0]) : summary(row));
        }
        long total = size == null ? items.size() : count(all, member, bureau, user);
        int pages = size == null ? (total == 0 ? 0 : 1) : (int) ((total + size - 1) / size);
        return new EvaluationPage(items, page, size == null ? items.size() : size, total, pages);
    }

    private long count(boolean all, boolean member, boolean bureau, CurrentUser user) {
        TypedQuery<Long> query = entityManager.createQuery("select count(e)" + FROM, Long.class);
        visibleTo(query, all, member, bureau, user);
        return query.getSingleResult();
    }

    private static void visibleTo(TypedQuery<?> query, boolean all, boolean member, boolean bureau,
                                  CurrentUser user) {
        query.setParameter("all", all).setParameter("member", member).setParameter("bureau", bureau)
                .setParameter("department", user.departmentId() == null ? -1L : user.departmentId());
    }

    private static EvaluationSummary summary(Object[] row) {
        String project = (String) row[5];
        return new EvaluationSummary((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3],
                (EvaluationKind) row[4], project.isEmpty() ? null : project, (EvaluationStatus) row[6],
                (Long) row[7], Decimals.plain((BigDecimal) row[8]), (Grade) row[9],
                Decimals.plain((BigDecimal) row[10]), (Grade) row[11], (Integer) row[12], (Integer) row[15],
                (Instant) row[13], (String) row[14]);
    }

    /** The ORDER BY of {@code sort}; the default order when none is given, and the id last, so pages never overlap. */
    static String orderBy(List<String> sort) {
        if (sort == null || sort.isEmpty()) {
            return DEFAULT_SORT + ", e.id asc";
        }
        List<String> terms = new ArrayList<>();
        for (String item : sort) {
            String[] parts = item.split(",", -1);
            String column = SORTS.get(parts[0].strip());
            String direction = parts.length == 1 ? "asc" : parts[1].strip().toLowerCase(Locale.ROOT);
            if (column == null || parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
                throw new InvalidDocumentException(List.of(new FieldRefusal("/sort",
                        Text.of("core.api.sort", String.join(", ", SORTS.keySet())))));
            }
            terms.add(column + " " + direction);
        }
        terms.add("e.id asc");
        return String.join(", ", terms);
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("year", "e.fiscalYear");
        sorts.put("department", "d.code");
        sorts.put("kind", "e.kind");
        sorts.put("project", "e.projectName");
        sorts.put("status", "e.status");
        sorts.put("updatedAt", "e.updatedAt");
        sorts.put("computedTotal", "e.form.computedTotal");
        sorts.put("id", "e.id");
        return Collections.unmodifiableMap(sorts);
    }
}
