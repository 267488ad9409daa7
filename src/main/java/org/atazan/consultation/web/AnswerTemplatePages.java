package org.atazan.consultation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.consultation.AnswerTemplate;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Language;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.ProposalDesk;
import org.atazan.kernel.BadInputException;
import org.atazan.platform.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The secretariat's page of its consultation's answer templates: each one editable in place, a form
 * to add one, and a button to remove one. Plain forms: it works without JavaScript.
 */
@Controller
class AnswerTemplatePages {
    private final ConsultationRegistry registry;
    private final ProposalDesk desk;
    private final ConsultationAccess access;
    private final AuditTrail audit;

    AnswerTemplatePages(ConsultationRegistry registry, ProposalDesk desk, ConsultationAccess access, AuditTrail audit) {
        this.registry = registry;
        this.desk = desk;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/consultations/{id}/answer-templates")
    String page(@PathVariable String id, Authentication who, Model model) {
        Consultation c = registry.consultation(id);
        access.requireSecretariat(who, id);
        return show(c, model);
    }

    @PostMapping("/consultations/{id}/answer-templates")
    String add(@PathVariable String id, @RequestParam Map<String, String> form, Authentication who, Model model,
               HttpServletResponse response) {
        Consultation c = registry.consultation(id);
        access.requireSecretariat(who, id);
        try {
            AnswerTemplate t = desk.addAnswerTemplate(id, language(form), outcome(form), form.get("name"), form.get("text"));
            audit.record(who.getName(), "answer-template.add", "consultation", id, t.id() + " " + t.language().code());
            return "redirect:/consultations/" + id + "/answer-templates?added#t-" + t.id();
        } catch (BadInputException e) {
            return refused(c, e, form, 0, model, response);
        }
    }

    @PostMapping("/consultations/{id}/answer-templates/{template}")
    String replace(@PathVariable String id, @PathVariable long template, @RequestParam Map<String, String> form,
                   Authentication who, Model model, HttpServletResponse response) {
        Consultation c = registry.consultation(id);
        access.requireSecretariat(who, id);
        try {
            desk.updateAnswerTemplate(id, template, language(form), outcome(form), form.get("name"), form.get("text"));
            audit.record(who.getName(), "answer-template.replace", "consultation", id, String.valueOf(template));
            return "redirect:/consultations/" + id + "/answer-templates?saved#t-" + template;
        } catch (BadInputException e) {
            return refused(c, e, form, template, model, response);
        }
    }

    @PostMapping("/consultations/{id}/answer-templates/{template}/remove")
    String remove(@PathVariable String id, @PathVariable long template, Authentication who) {
        registry.consultation(id);
        access.requireSecretariat(who, id);
        desk.removeAnswerTemplate(id, template);
        audit.record(who.getName(), "answer-template.remove", "consultation", id, String.valueOf(template));
        return "redirect:/consultations/" + id + "/answer-templates?removed";
    }

    private String show(Consultation c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("templates", registry.answerTemplates(c.id()));
        model.addAttribute("languages", Language.values());
        model.addAttribute("outcomes", Outcome.values());
        if (!model.containsAttribute("form")) model.addAttribute("form", Map.of());
        return "consultation/answer-templates";
    }

    /** Shows the page again with the reader's input kept and the field named; nothing was stored. */
    private String refused(Consultation c, BadInputException e, Map<String, String> form, long template, Model model,
                           HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("error", ConsultationPages.field(e.getMessage()));
        model.addAttribute("errorDetail", e.getMessage());
        model.addAttribute("errorTemplate", template);
        if (template == 0) model.addAttribute("form", form);
        return show(c, model);
    }

    private static Language language(Map<String, String> form) {
        return Language.of("language", form.get("language"));
    }

    private static Outcome outcome(Map<String, String> form) {
        String o = form.get("outcome");
        return o == null || o.isBlank() ? null : Outcome.of("outcome", o);
    }
}
