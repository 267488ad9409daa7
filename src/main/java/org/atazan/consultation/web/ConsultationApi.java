package org.atazan.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.atazan.consultation.Author;
import org.atazan.consultation.BulkAction;
import org.atazan.consultation.BulkFailure;
import org.atazan.consultation.BulkRefused;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Language;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.Note;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ProposalPage;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.StatusRequest;
import org.atazan.kernel.BadInputException;
import org.atazan.platform.AuditTrail;
import org.atazan.platform.Citizen;
import org.atazan.platform.Citizens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The consultation's API: consultations and their proposals (public), a citizen's proposal and
 * support, and the secretariat's work (status changes, bulk actions, notes) on the consultations it
 * is assigned to.
 */
@RestController
@Tag(name = "Consultation", description = "Citizens' proposals, their statuses and public answers")
class ConsultationApi {
    private final ConsultationRegistry registry;
    private final ProposalDesk desk;
    private final ConsultationAccess access;
    private final Citizens citizens;
    private final AuditTrail audit;
    private final ConsultationRateLimits limits;

    ConsultationApi(ConsultationRegistry registry, ProposalDesk desk, ConsultationAccess access, Citizens citizens, AuditTrail audit,
                    ConsultationRateLimits limits) {
        this.limits = limits;
        this.registry = registry;
        this.desk = desk;
        this.access = access;
        this.citizens = citizens;
        this.audit = audit;
    }

    record ConsultationJson(String id, String title, Map<String, String> titles, String charterId, String versionId,
                            int deadlineDays, LocalDate openedOn) {
        static ConsultationJson of(Consultation c) {
            return new ConsultationJson(c.id(), c.title(), c.titles(), c.charterId(), c.versionId(), c.deadlineDays(), c.openedOn());
        }
    }

    /** @param titles the title per language (kk, ru, en), optional: pages in other languages show {@code title} */
    record OpenRequest(String id, String title, Map<String, String> titles, String charterId, String versionId,
                       Integer deadlineDays, LocalDate openedOn, String calendar) {
    }

    record ProposalRequest(String article, String kind, String wording, String reasons, String language, String idempotencyKey) {
    }

    record StatusBody(String status, String outcome, String mergedInto, String reason) {
        StatusRequest request() {
            return new StatusRequest(status == null ? null : ProposalStatus.of("status", status),
                    outcome == null || outcome.isBlank() ? null : Outcome.of("outcome", outcome),
                    mergedInto == null || mergedInto.isBlank() ? null : ReferenceNumber.parse("mergedInto", mergedInto), reason);
        }
    }

    /** {@code action}: status (with status, outcome, mergedInto, reason), assign (assignee) or hide (reason). */
    record BulkBody(List<String> references, String action, String status, String outcome, String mergedInto, String reason,
                    String assignee) {
    }

    record BulkResult(int applied) {
    }

    record PageJson(List<ProposalJson> proposals, Long next) {
    }

    record NoteBody(String text) {
    }

    record SupportResult(boolean counted, int supports) {
    }

    @GetMapping("/api/consultations")
    @Operation(summary = "Every consultation, newest first, each with its id")
    List<ConsultationJson> consultations() {
        return registry.consultations().stream().map(ConsultationJson::of).toList();
    }

    @GetMapping("/api/consultations/{id}")
    @Operation(summary = "One consultation")
    ConsultationJson consultation(@PathVariable String id) {
        return ConsultationJson.of(registry.consultation(id));
    }

    @PostMapping("/api/consultations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a consultation on a charter version (admin); deadlines in working days (default 15)")
    @PreAuthorize("hasRole('ADMIN')")
    ConsultationJson open(@RequestBody OpenRequest r, Authentication who) {
        Consultation c = registry.open(new Consultation(r.id(), r.title(), r.charterId(), r.versionId(),
                r.deadlineDays() == null ? Consultation.DEFAULT_DEADLINE_DAYS : r.deadlineDays(),
                r.openedOn() == null ? registry.today() : r.openedOn(), r.calendar(), r.titles()), who.getName());
        audit.record(who.getName(), "consultation.open", "consultation", c.id(), "on " + c.charterId() + "/" + c.versionId());
        return ConsultationJson.of(c);
    }

    @GetMapping("/api/consultations/{id}/proposals")
    @Operation(summary = "A page of proposals, newest first; filters article (a number or 'whole'), status, region, language, "
            + "channel, overdue=true, sort=newest|oldest, after (the 'next' of the page before), limit (1-200); the "
            + "secretariat also assignee and hidden=true. Any other parameter is refused with 400")
    PageJson list(@PathVariable String id, @RequestParam Map<String, String> params, Authentication who) {
        boolean secretariat = access.secretariat(who, id);
        ProposalPage page = registry.list(ListParameters.query(id, params, secretariat, registry.today()));
        return new PageJson(page.proposals().stream().map(p -> ProposalJson.of(p, registry.deadline(p), null)).toList(), page.next());
    }

    @GetMapping("/api/consultations/{id}/proposals/{reference}")
    @Operation(summary = "One proposal with its public history, deadline and answer")
    ProposalJson proposal(@PathVariable String id, @PathVariable String reference) {
        Proposal p = registry.proposal(id, ReferenceNumber.parse("reference", reference));
        return ProposalJson.of(p, registry.deadline(p), registry.history(p));
    }

    /**
     * A proposal near a text, as the public sees it (no author), with its similarity (0..1): the lexical
     * method's from the consultation's index, or trigram similarity while that index is being built.
     */
    record SimilarJson(String reference, String article, String kind, String wording, String status, int supports,
                       double similarity) {
    }

    @GetMapping("/api/consultations/{id}/similar")
    @Operation(summary = "The shown proposals nearest to a text being written, nearest first (from an index, never a"
            + " scan: the consultation's word index ranked by the lexical method, or the trigram index while it is built): at most 10 (limit, default 5), none when the text has fewer than 12 characters; only the first"
            + " 1,000 characters are compared")
    List<SimilarJson> similar(@PathVariable String id, @RequestParam(required = false, defaultValue = "") String text,
                              @RequestParam(required = false, defaultValue = "5") int limit) {
        return registry.similar(id, text, limit).stream().map(s -> new SimilarJson(s.proposal().reference().toString(),
                s.proposal().article(), s.proposal().kind().code(), s.proposal().wording(), s.proposal().status().code(),
                s.proposal().supports(), Math.round(s.similarity() * 1000) / 1000.0)).toList();
    }

    @PostMapping("/api/consultations/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a proposal (a citizen whose identity level allows proposing); the same idempotencyKey "
            + "sent twice makes one proposal; at most atazan.consultation.limits.propose.per-account (10) per hour per "
            + "account and .per-address (30) per client address; obvious spam (many links, a character repeated) refused")
    @ApiResponse(responseCode = "403", description = "the account's identity level does not allow proposing")
    @ApiResponse(responseCode = "429", description = "too many proposals from this account or address (Retry-After says when to retry)")
    ProposalJson submit(@PathVariable String id, @RequestBody ProposalRequest r, Authentication who, HttpServletRequest request) {
        access.requireCitizen(who, "propose");
        registry.consultation(id);
        limits.acquire("propose", who.getName(), request.getRemoteAddr());
        Citizen c = citizens.find(who.getName()).orElseThrow();
        Proposal p = desk.submit(new NewProposal(id, r.article(), r.kind() == null ? null : ProposalKind.of("kind", r.kind()),
                r.wording(), r.reasons(), r.language() == null || r.language().isBlank() ? null : Language.of("language", r.language()),
                null, null, new Author(c.account(), c.displayName(), c.region(), false), r.idempotencyKey(), null));
        return ProposalJson.of(p, registry.deadline(p), registry.history(p));
    }

    @PostMapping("/api/consultations/{id}/proposals/{reference}/supports")
    @Operation(summary = "Support a proposal instead of sending a duplicate (a citizen whose identity level allows "
            + "supporting); counted once per account; rate-limited per account and address")
    @ApiResponse(responseCode = "403", description = "the account's identity level does not allow supporting")
    @ApiResponse(responseCode = "429", description = "too many supports from this account or address (Retry-After says when to retry)")
    SupportResult support(@PathVariable String id, @PathVariable String reference, Authentication who, HttpServletRequest request) {
        access.requireCitizen(who, "support");
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        registry.proposal(id, ref);
        limits.acquire("support", who.getName(), request.getRemoteAddr());
        boolean counted = desk.support(id, ref, who.getName());
        return new SupportResult(counted, registry.proposal(id, ref).supports());
    }

    @PostMapping("/api/consultations/{id}/proposals/{reference}/status")
    @Operation(summary = "Move a proposal to its next status with a public reason (the secretariat of this consultation)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    ProposalJson status(@PathVariable String id, @PathVariable String reference, @RequestBody StatusBody body, Authentication who) {
        access.requireSecretariat(who, id);
        Proposal p = desk.changeStatus(id, ReferenceNumber.parse("reference", reference), body.request(), who.getName());
        audit.record(who.getName(), "proposal.status", "consultation", id, p.reference() + " " + p.status().code());
        return ProposalJson.of(p, registry.deadline(p), registry.history(p));
    }

    @PostMapping("/api/consultations/{id}/bulk")
    @Operation(summary = "Apply one action (status, assign or hide) to every selected proposal or to none; a refusal "
            + "lists every proposal that could not take it and why (the secretariat of this consultation)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    BulkResult bulk(@PathVariable String id, @RequestBody BulkBody body, Authentication who) {
        access.requireSecretariat(who, id);
        if (body.references() == null) throw new BadInputException("field references: missing");
        List<ReferenceNumber> refs = body.references().stream().map(r -> ReferenceNumber.parse("references", r)).toList();
        BulkAction action = switch (body.action() == null ? "" : body.action()) {
            case "status" -> new BulkAction.ChangeStatus(new StatusBody(body.status(), body.outcome(), body.mergedInto(),
                    body.reason()).request());
            case "assign" -> new BulkAction.Assign(body.assignee());
            case "hide" -> new BulkAction.Hide(body.reason());
            default -> throw new BadInputException("field action: one of status, assign, hide");
        };
        int applied = desk.bulk(id, refs, action, who.getName());
        audit.record(who.getName(), "proposal.bulk", "consultation", id, body.action() + " on " + applied + " proposals");
        return new BulkResult(applied);
    }

    @GetMapping("/api/consultations/{id}/proposals/{reference}/notes")
    @Operation(summary = "The secretariat's internal notes on a proposal (the secretariat of this consultation only)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    List<Note> notes(@PathVariable String id, @PathVariable String reference, Authentication who) {
        access.requireSecretariat(who, id);
        return registry.notes(registry.proposal(id, ReferenceNumber.parse("reference", reference)));
    }

    @PostMapping("/api/consultations/{id}/proposals/{reference}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an internal note, never public (the secretariat of this consultation)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    Note addNote(@PathVariable String id, @PathVariable String reference, @RequestBody NoteBody body, Authentication who) {
        access.requireSecretariat(who, id);
        return desk.note(id, ReferenceNumber.parse("reference", reference), body.text(), who.getName());
    }

    @ExceptionHandler(ListParameters.BadParameter.class)
    ProblemDetail badParameter(ListParameters.BadParameter e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Parameter not accepted");
        return p;
    }

    /** A refused bulk action names every proposal that could not take it, and why. */
    @ExceptionHandler(BulkRefused.class)
    ProblemDetail bulkRefused(BulkRefused e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setTitle("Bulk action applied to none");
        p.setProperty("selected", e.selected());
        p.setProperty("failures", e.failures().stream().map(f -> Map.of("reference", f.reference(), "reason", f.reason())).toList());
        return p;
    }
}
