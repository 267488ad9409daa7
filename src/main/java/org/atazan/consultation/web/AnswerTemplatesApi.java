package org.atazan.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.consultation.AnswerTemplate;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Language;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.ProposalDesk;
import org.atazan.platform.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A consultation's answer templates, kept by its secretariat (and seen by no one else). */
@RestController
@Tag(name = "Consultation", description = "Citizens' proposals, their statuses and public answers")
class AnswerTemplatesApi {
    private final ConsultationRegistry registry;
    private final ProposalDesk desk;
    private final ConsultationAccess access;
    private final AuditTrail audit;

    AnswerTemplatesApi(ConsultationRegistry registry, ProposalDesk desk, ConsultationAccess access, AuditTrail audit) {
        this.registry = registry;
        this.desk = desk;
        this.access = access;
        this.audit = audit;
    }

    /** @param outcome the outcome it is written for (accepted, partly-accepted, merged, rejected, out-of-scope), or null for any */
    record TemplateJson(long id, String language, String outcome, String name, String text) {
        static TemplateJson of(AnswerTemplate t) {
            return new TemplateJson(t.id(), t.language().code(), t.outcome() == null ? null : t.outcome().code(), t.name(), t.text());
        }
    }

    record TemplateBody(String language, String outcome, String name, String text) {
        Language lang() {
            return Language.of("language", language);
        }

        Outcome out() {
            return outcome == null || outcome.isBlank() ? null : Outcome.of("outcome", outcome);
        }
    }

    @GetMapping("/api/consultations/{id}/answer-templates")
    @Operation(summary = "The consultation's answer templates (its secretariat only)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    List<TemplateJson> templates(@PathVariable String id, Authentication who) {
        access.requireSecretariat(who, id);
        return registry.answerTemplates(id).stream().map(TemplateJson::of).toList();
    }

    @PostMapping("/api/consultations/{id}/answer-templates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an answer template in one language, optionally for one outcome (its secretariat)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    TemplateJson add(@PathVariable String id, @RequestBody TemplateBody body, Authentication who) {
        access.requireSecretariat(who, id);
        AnswerTemplate t = desk.addAnswerTemplate(id, body.lang(), body.out(), body.name(), body.text());
        audit.record(who.getName(), "answer-template.add", "consultation", id, t.id() + " " + t.language().code());
        return TemplateJson.of(t);
    }

    @PutMapping("/api/consultations/{id}/answer-templates/{template}")
    @Operation(summary = "Replace an answer template (its secretariat)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    TemplateJson replace(@PathVariable String id, @PathVariable long template, @RequestBody TemplateBody body, Authentication who) {
        access.requireSecretariat(who, id);
        AnswerTemplate t = desk.updateAnswerTemplate(id, template, body.lang(), body.out(), body.name(), body.text());
        audit.record(who.getName(), "answer-template.replace", "consultation", id, String.valueOf(template));
        return TemplateJson.of(t);
    }

    @DeleteMapping("/api/consultations/{id}/answer-templates/{template}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an answer template (its secretariat)")
    @ApiResponse(responseCode = "403", description = "not the secretariat of this consultation")
    void remove(@PathVariable String id, @PathVariable long template, Authentication who) {
        access.requireSecretariat(who, id);
        desk.removeAnswerTemplate(id, template);
        audit.record(who.getName(), "answer-template.remove", "consultation", id, String.valueOf(template));
    }
}
