package org.perfeval.core.scheme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.xlsx.WorkbookWriter;
import org.perfeval.scoring.scheme.SchemeCodec;
import org.perfeval.scoring.scheme.SchemeRegistry;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * Scoring schemes for administrators: the published ones to read and copy, stored copies to edit. Every stored
 * scheme is validated field by field before it is kept; the published ones are never changed.
 */
@Service
@Transactional(readOnly = true)
public class SchemeService {

    private static final int MIN_ID = 3;
    private static final int MAX_ID = 64;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{" + (MIN_ID - 1) + "," + (MAX_ID - 1) + "}");

    private final StoredSchemes stored;
    private final Scoring scoring;
    private final Clock clock;
    private final SchemeCodec codec = new SchemeCodec();

    SchemeService(StoredSchemes stored, Scoring scoring, Clock clock) {
        this.stored = stored;
        this.scoring = scoring;
        this.clock = clock;
    }

    @LoggedIn
    public List<SchemeView> all() {
        List<SchemeView> views = new ArrayList<>();
        for (ScoringScheme scheme : SchemeRegistry.builtIn().all()) {
            views.add(view(scheme, true, codec.write(scheme), 0, null, null));
        }
        for (StoredScheme scheme : stored.findAllByOrderBySchemeIdAsc()) {
            SchemeCodec.Result read = codec.read(scheme.getJson());
            if (read.isValid()) {
                views.add(view(read.scheme(), false, scheme.getJson(), scheme.getVersion(), scheme.getUpdatedBy(),
                        scheme.getUpdatedAt()));
            }
        }
        return views;
    }

    /** A blank .xlsx 自评表 for the scheme: its kind's layout with its level-1 indicators and weights. */
    @LoggedIn
    public Optional<byte[]> templateWorkbook(String id) {
        return scoring.current().schemes().find(id).map(new WorkbookWriter()::template);
    }

    /** The blank .xlsx 自评表 of the scheme a form of {@code kind} is scored with unless it names another. */
    @LoggedIn
    public byte[] templateWorkbook(EvaluationKind kind) {
        return new WorkbookWriter().template(scoring.current().schemes().defaultFor(kind));
    }

    @LoggedIn
    public Optional<SchemeView> find(String id) {
        return all().stream().filter(scheme -> scheme.id().equals(id)).findFirst();
    }

    /** A stored copy of {@code sourceId} under {@code newId}, version 1, to edit from there. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public SchemeView copy(String sourceId, String newId) {
        SchemeView source = find(sourceId).orElseThrow(() -> refused(Text.of("core.scheme.unknown", sourceId)));
        if (newId == null || !ID.matcher(newId).matches()) {
            throw refused(Text.of("core.scheme.id", MIN_ID, MAX_ID));
        }
        if (find(newId).isPresent()) {
            throw refused(Text.of("core.scheme.exists", newId));
        }
        ScoringScheme copy = codec.read(source.json()).scheme();
        String json = codec.write(new ScoringScheme(newId, 1, copy.nameZh() + "（副本）", copy.nameEn() + " (copy)",
                copy.kind(), copy.total(), copy.level1(), copy.budget(), copy.lowerIsBetter(), copy.tiers(),
                copy.rounding(), copy.grades(), copy.overAchievementThreshold(), copy.qualitativeUnits()));
        StoredScheme saved = stored.saveAndFlush(new StoredScheme(newId, json, CurrentUsers.require().username(),
                clock.instant()));
        scoring.invalidate();
        return find(saved.getSchemeId()).orElseThrow();
    }

    /** Replaces a stored scheme's JSON if it is valid, names the same id, and nobody saved since {@code rowVersion}. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public SchemeView save(String id, String json, long rowVersion) {
        if (SchemeRegistry.builtIn().find(id).isPresent()) {
            throw refused(Text.of("core.scheme.readOnly"));
        }
        StoredScheme scheme = stored.findById(id)
                .orElseThrow(() -> refused(Text.of("core.scheme.unknownStored", id)));
        SchemeCodec.Result read = codec.read(json);
        if (!read.isValid()) {
            throw new SchemeRefusedException(FieldRefusal.of(read.violations()));
        }
        if (!read.scheme().id().equals(id)) {
            throw refused(Text.of("core.scheme.idFixed", id));
        }
        if (scheme.getVersion() != rowVersion) {
            throw new EditConflictException(rowVersion, scheme.getVersion(), scheme.getUpdatedBy(),
                    scheme.getUpdatedAt());
        }
        scheme.change(codec.write(read.scheme()), CurrentUsers.require().username(), clock.instant());
        stored.saveAndFlush(scheme);
        scoring.invalidate();
        return find(id).orElseThrow();
    }

    private static SchemeView view(ScoringScheme scheme, boolean builtIn, String json, long rowVersion,
                                   String updatedBy, Instant updatedAt) {
        return new SchemeView(scheme.id(), scheme.version(), scheme.nameZh(), scheme.nameEn(), scheme.kind(), builtIn,
                json, rowVersion, updatedBy, updatedAt);
    }

    private static SchemeRefusedException refused(Text text) {
        return new SchemeRefusedException(List.of(new FieldRefusal("/id", text)));
    }
}
