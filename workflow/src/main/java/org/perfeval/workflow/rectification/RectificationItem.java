package org.perfeval.workflow.rectification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the finance bureau asks to be put right in one send-back round, on an indicator row or about a finding, and
 * the department's answer.
 */
@Entity
@Table(name = "rectification_item")
class RectificationItem {

    static final int MAX_TEXT = 2000;
    static final int MAX_CODE = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "indicator_row")
    private Integer indicatorRow;

    @Column(name = "finding_code", length = MAX_CODE)
    private String findingCode;

    @Column(nullable = false, length = MAX_TEXT)
    private String request;

    @Column(length = MAX_TEXT)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected RectificationItem() {
    }

    RectificationItem(long evaluationId, int round, RectificationRequest request) {
        this.evaluationId = evaluationId;
        this.round = round;
        this.indicatorRow = request.indicatorRow();
        this.findingCode = request.findingCode();
        this.request = request.request();
    }

    Long getId() {
        return id;
    }

    void answer(String text, String user, Instant at) {
        this.answer = text;
        this.answeredBy = user;
        this.answeredAt = at;
    }

    RectificationItemView toView() {
        return new RectificationItemView(id, round, indicatorRow, findingCode, request, answer, answeredBy,
                answeredAt);
    }
}
