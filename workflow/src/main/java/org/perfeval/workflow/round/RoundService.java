package org.perfeval.workflow.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.evaluation.RoundDrafts;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * Opens rounds and starts the forms in them. A finance reviewer opens a round for departments of their own bureau,
 * an administrator for any bureau's. Opening is one transaction: every department's draft and process, or nothing.
 */
@Service
@Transactional(readOnly = true)
public class RoundService {

    private final Rounds rounds;
    private final RoundMembers members;
    private final DepartmentService departments;
    private final RoundDrafts drafts;
    private final TemplateService templates;
    private final RoundReader reader;
    private final Clock clock;
    private final ZoneId zone;

    RoundService(Rounds rounds, RoundMembers members, DepartmentService departments, RoundDrafts drafts,
                 TemplateService templates, RoundReader reader, Clock clock, ZoneId zone) {
        this.rounds = rounds;
        this.members = members;
        this.departments = departments;
        this.drafts = drafts;
        this.templates = templates;
        this.reader = reader;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    @RolesAllowed({Roles.FINANCE_REVIEWER, Roles.ADMIN})
    public RoundView open(OpenRound request) {
        CurrentUser user = CurrentUsers.require();
        checkFields(request);
        DepartmentView bureau = bureauOf(user, request);
        List<DepartmentView> covered = covered(bureau, request);
        refuseDuplicates(covered, request);
        Round round = rounds.save(new Round(bureau.id(), request.year(), request.kind(), request.dueDate(),
                user.username(), clock.instant()));
        List<RoundMember> added = new ArrayList<>();
        for (DepartmentView department : covered) {
            Long evaluationId = request.kind() == EvaluationKind.DEPARTMENT_OVERALL
                    ? drafts.create(department, draft(department, request.kind(), null, request.year()),
                            request.dueDate())
                    : null;
            added.add(new RoundMember(round, department.id(), evaluationId));
        }
        try {
            members.saveAllAndFlush(added);
        } catch (DataIntegrityViolationException e) {
            // another round for one of these departments committed since the check
            throw RoundRefusedException.conflict("/departments", "round.concurrent", String.valueOf(request.year()));
        }
        return reader.view(round, clock, zone);
    }

    /** A drafter's 新建项目自评 inside an open project round of their department. */
    @Transactional
    @RolesAllowed(Roles.DRAFTER)
    public RoundEntry startProject(long roundId, String project) {
        CurrentUser user = CurrentUsers.require();
        Round round = rounds.findById(roundId).orElseThrow(() -> RoundRefusedException.notFound(roundId));
        boolean member = members.findByRoundIdOrderById(roundId).stream()
                .anyMatch(found -> found.getDepartmentId().equals(user.departmentId()));
        if (!member) {
            throw RoundRefusedException.notFound(roundId);
        }
        if (round.getKind() != EvaluationKind.PROJECT) {
            throw RoundRefusedException.badField("/kind", "round.project.notProjectRound");
        }
        String name = project == null ? "" : project.strip();
        if (name.isEmpty()) {
            throw RoundRefusedException.badField("/project", "round.project.required");
        }
        DepartmentView department = departments.byId(user.departmentId()).orElseThrow();
        if (drafts.exists(department, round.getFiscalYear(), EvaluationKind.PROJECT, name)) {
            throw RoundRefusedException.conflict("/project", "round.project.duplicate", name,
                    String.valueOf(round.getFiscalYear()));
        }
        long id = drafts.create(department, draft(department, EvaluationKind.PROJECT, name, round.getFiscalYear()),
                round.getDueDate());
        return reader.entry(department, id, round, clock, zone);
    }

    @LoggedIn
    public RoundView round(long id) {
        Round round = rounds.findById(id).orElseThrow(() -> RoundRefusedException.notFound(id));
        if (!reader.mayRead(CurrentUsers.require(), round)) {
            throw RoundRefusedException.notFound(id);
        }
        return reader.view(round, clock, zone);
    }

    /** The rounds the caller's bureau opened, or (for a department) the rounds that cover it; newest first. */
    @LoggedIn
    public List<RoundView> visible() {
        CurrentUser user = CurrentUsers.require();
        if (!user.hasDepartment()) {
            return user.has(Role.ADMIN) ? rounds.findAll().stream().map(r -> reader.view(r, clock, zone)).toList()
                    : List.of();
        }
        if (user.financeBureau()) {
            return rounds.findByBureauIdOrderByFiscalYearDescIdDesc(user.departmentId()).stream()
                    .map(r -> reader.view(r, clock, zone)).toList();
        }
        return members.findByDepartmentId(user.departmentId()).stream()
                .map(found -> rounds.findById(found.getRoundId()).orElseThrow())
                .sorted((a, b) -> Integer.compare(b.getFiscalYear(), a.getFiscalYear()))
                .map(r -> reader.view(r, clock, zone)).toList();
    }

    private void checkFields(OpenRound request) {
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw RoundRefusedException.badField("/year", "round.year");
        }
        if (request.kind() == null) {
            throw RoundRefusedException.badField("/kind", "round.kind");
        }
        if (request.dueDate() == null) {
            throw RoundRefusedException.badField("/dueDate", "round.dueDate.required");
        }
        if (request.dueDate().isBefore(LocalDate.ofInstant(clock.instant(), zone))) {
            throw RoundRefusedException.badField("/dueDate", "round.dueDate.past", request.dueDate().toString());
        }
    }

    private DepartmentView bureauOf(CurrentUser user, OpenRound request) {
        // administrators open rounds for any bureau: the one of the departments they chose
        if (user.has(Role.ADMIN) && !request.departments().isEmpty()) {
            DepartmentView first = known(request.departments().getFirst(), 0);
            if (first.bureauId() != null) {
                return departments.byId(first.bureauId()).orElseThrow();
            }
        }
        if (user.hasDepartment() && user.financeBureau()) {
            return departments.byId(user.departmentId()).orElseThrow();
        }
        throw RoundRefusedException.badField("/departments", "round.noBureau");
    }

    private List<DepartmentView> covered(DepartmentView bureau, OpenRound request) {
        if (request.departments().isEmpty()) {
            List<DepartmentView> all = departments.reportingTo(bureau.id());
            if (all.isEmpty()) {
                throw RoundRefusedException.badField("/departments", "round.noDepartments", bureau.name());
            }
            return all;
        }
        Map<String, DepartmentView> chosen = new LinkedHashMap<>();
        for (int i = 0; i < request.departments().size(); i++) {
            DepartmentView department = known(request.departments().get(i), i);
            if (!bureau.id().equals(department.bureauId())) {
                throw RoundRefusedException.badField("/departments/" + i, "round.otherBureau", department.name(),
                        bureau.name());
            }
            chosen.putIfAbsent(department.code(), department);
        }
        return List.copyOf(chosen.values());
    }

    private DepartmentView known(String code, int index) {
        return departments.byCode(code == null ? "" : code.strip()).orElseThrow(() ->
                RoundRefusedException.badField("/departments/" + index, "round.unknownDepartment", code));
    }

    private void refuseDuplicates(List<DepartmentView> covered, OpenRound request) {
        Map<Long, DepartmentView> byId = new LinkedHashMap<>();
        covered.forEach(department -> byId.put(department.id(), department));
        List<RoundMember> already = members.findByDepartmentIdInAndFiscalYearAndKind(byId.keySet(), request.year(),
                request.kind());
        if (!already.isEmpty()) {
            DepartmentView department = byId.get(already.getFirst().getDepartmentId());
            throw RoundRefusedException.conflict("/departments", "round.duplicate", department.name(),
                    String.valueOf(request.year()), request.kind());
        }
        if (request.kind() == EvaluationKind.DEPARTMENT_OVERALL) {
            for (DepartmentView department : covered) {
                if (drafts.exists(department, request.year(), request.kind(), null)) {
                    throw RoundRefusedException.conflict("/departments", "round.duplicate", department.name(),
                            String.valueOf(request.year()), request.kind());
                }
            }
        }
    }

    /** Last year's form of the department (same kind, same project) carried over, or else the kind's template. */
    private SelfEvaluationDocument draft(DepartmentView department, EvaluationKind kind, String project, int year) {
        SelfEvaluationDocument from = drafts.form(department, year - 1, kind, project)
                .or(() -> templates.template(kind))
                .orElseThrow(() -> RoundRefusedException.conflict("/kind", "round.noTemplate", kind,
                        department.name(), String.valueOf(year - 1)));
        return Carried.into(from, department.name(), project, year);
    }
}
