package org.atazan.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.ReportKind;
import org.atazan.platform.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moderation: a reader reports a proposal (abuse, or a false attribution by a person it names), and the
 * secretariat of the consultation hides a proposal with a public reason (it stays counted), shows it
 * again, or hides its author's name (the public then sees that the name is hidden on request).
 */
@RestController
@Tag(name = "Consultation", description = "Citizens' proposals, their statuses and public answers")
class ConsultationModerationApi {
    private final ProposalDesk desk;
    private final ConsultationRegistry registry;
    private final ConsultationAccess access;
    private final ConsultationRateLimits limits;
    private final AuditTrail audit;

    ConsultationModerationApi(ProposalDesk desk, ConsultationRegistry registry, ConsultationAccess access,
                              ConsultationRateLimits limits, AuditTrail audit) {
        this.desk = desk;
        this.registry = registry;
        this.access = access;
        this.limits = limits;
        this.audit = audit;
    }

    /** {@code kind}: abuse (default) or false-attribution. */
    record ReportBody(String kind, String reason) {
    }

    record ReportResult(boolean counted) {
    }

    record ReasonBody(String reason) {
    }

    @PostMapping("/api/consultations/{id}/proposals/{reference}/reports")
    @Operation(summary = "Report a proposal to moderation (a citizen whose identity level allows reporting): kind abuse, or "
            + "false-attribution by a person named as its author who did not write it; counted once per account and kind "
            + "(201 when counted, 200 when reported already)")
    @ApiResponse(responseCode = "201", description = "the report is counted")
    @ApiResponse(responseCode = "200", description = "this account had reported it so already")
    @ApiResponse(responseCode = "403", description = "the account's identity level does not allow reporting")
    @ApiResponse(responseCode = "429", description = "too many reports from this account or address (Retry-After says when to retry)")
    ResponseEntity<ReportResult> report(@PathVariable String id, @PathVariable String reference, @RequestBody ReportBody body,
                                        Authentication who, HttpServletRequest request) {
        access.requireCitizen(who, "report");
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        ReportKind kind = body.kind() == null || body.kind().isBlank() ? ReportKind.ABUSE : ReportKind.of("kind", body.kind());
        registry.proposal(id, ref);
        limits.acquire("report", who.getName(), request.getRemoteAddr());
        boolean counted = desk.report(id, ref, kind, body.reason(), who.getName());
        return ResponseEntity.status(counted ? HttpStatus.CREATED : HttpStatus.OK).body(new ReportResult(counted));
    }

    @PostMapping("/api/consultations/{id}/proposals/{reference}/hide")
    @Operation(summary = "Hide a proposal with a public reason (the secretariat of this consultation): it stays counted in the "
            + "figures, and its page says why instead of showing its text")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    ProposalJson hide(@PathVariable String id, @PathVariable String reference, @RequestBody ReasonBody body, Authentication who) {
        access.requireSecretariat(who, id);
        Proposal p = desk.hide(id, ReferenceNumber.parse("reference", reference), body.reason(), who.getName());
        audit.record(who.getName(), "proposal.hide", "consultation", id, p.reference() + ": " + p.hiddenReason());
        return ProposalJson.of(p, registry.deadline(p), registry.history(p));
    }

    @PostMapping("/api/consultations/{id}/proposals/{reference}/show")
    @Operation(summary = "Show a hidden proposal again (the secretariat of this consultation)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    ProposalJson show(@PathVariable String id, @PathVariable String reference, Authentication who) {
        access.requireSecretariat(who, id);
        Proposal p = desk.show(id, ReferenceNumber.parse("reference", reference), who.getName());
        audit.record(who.getName(), "proposal.show", "consultation", id, p.reference().toString());
        return ProposalJson.of(p, registry.deadline(p), registry.history(p));
    }

    @PostMapping("/api/consultations/{id}/proposals/{reference}/hide-name")
    @Operation(summary = "Hide the author's name, as after a report of false attribution (the secretariat of this "
            + "consultation): the proposal stays, the public sees that the name is hidden on request")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    ProposalJson hideName(@PathVariable String id, @PathVariable String reference, Authentication who) {
        access.requireSecretariat(who, id);
        Proposal p = desk.hideName(id, ReferenceNumber.parse("reference", reference));
        audit.record(who.getName(), "proposal.hide-name", "consultation", id, p.reference().toString());
        return ProposalJson.of(p, registry.deadline(p), registry.history(p));
    }
}
