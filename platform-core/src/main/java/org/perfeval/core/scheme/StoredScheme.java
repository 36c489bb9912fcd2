package org.perfeval.core.scheme;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An administrator's scheme: its JSON exactly as validated, who changed it last, and its row version. */
@Entity
@Table(name = "scoring_scheme")
class StoredScheme {

    static final int MAX_JSON = 200_000;

    @Id
    @Column(name = "scheme_id", length = 64)
    private String schemeId;

    @Column(nullable = false, length = MAX_JSON)
    private String json;

    @Version
    private long version;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredScheme() {
    }

    StoredScheme(String schemeId, String json, String updatedBy, Instant updatedAt) {
        this.schemeId = schemeId;
        change(json, updatedBy, updatedAt);
    }

    void change(String json, String updatedBy, Instant updatedAt) {
        this.json = json;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    String getSchemeId() {
        return schemeId;
    }

    String getJson() {
        return json;
    }

    long getVersion() {
        return version;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
