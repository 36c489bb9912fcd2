package org.perfeval.workflow.round;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.ReadResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/** The templates (指标库) per kind: kept by administrators, read when a form has no previous year to start from. */
@Service
@Transactional(readOnly = true)
public class TemplateService {

    private final FormTemplates templates;
    private final Clock clock;
    private final DocumentReader reader = new DocumentReader();

    TemplateService(FormTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** The template of {@code kind} as a form, if administrators keep one. */
    @LoggedIn
    public Optional<SelfEvaluationDocument> template(EvaluationKind kind) {
        return templates.findById(kind).map(found -> reader.read(found.getDocument()).document());
    }

    @LoggedIn
    public Optional<String> templateJson(EvaluationKind kind) {
        return templates.findById(kind).map(FormTemplate::getDocument);
    }

    /** Replaces the template of {@code kind} with a form in the interchange format, refused by field when invalid. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void keep(EvaluationKind kind, String json) {
        ReadResult result = reader.read(json);
        if (!result.isValid()) {
            List<FieldRefusal> refusals = FieldRefusal.of(result.violations());
            throw new RoundRefusedException(RoundRefusedException.Kind.BAD_REQUEST, refusals.getFirst());
        }
        if (result.document().kind() != kind) {
            throw RoundRefusedException.badField("/kind", "round.template.kind", kind);
        }
        if (json.length() > FormTemplate.MAX_JSON) {
            throw RoundRefusedException.badField("/", "round.template.tooLong", FormTemplate.MAX_JSON);
        }
        FormTemplate template = templates.findById(kind).orElseGet(() -> new FormTemplate(kind));
        template.change(json, CurrentUsers.require().username(), clock.instant());
        templates.save(template);
    }
}
