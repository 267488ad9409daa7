package org.atazan.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atazan.consultation.ProposalReaction;
import org.atazan.consultation.ProposalReactions;
import org.atazan.consultation.ReferenceNumber;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reaction buttons of a proposal's page: a plain form POST (with the CSRF token), back to the page. */
@Controller
class ReactionPages {
    private final ProposalReactions reactions;
    private final ConsultationAccess access;
    private final ConsultationRateLimits limits;

    ReactionPages(ProposalReactions reactions, ConsultationAccess access, ConsultationRateLimits limits) {
        this.reactions = reactions;
        this.access = access;
        this.limits = limits;
    }

    @PostMapping("/consultations/{id}/proposals/{reference}/reaction")
    String react(@PathVariable String id, @PathVariable String reference,
                 @RequestParam(required = false) String reaction, Authentication who, HttpServletRequest request) {
        access.requireCitizen(who, "react");
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        ProposalReaction r = ReactionApi.parse(reaction);
        String page = "redirect:/consultations/" + id + "/proposals/" + ref;
        reactions.counts(id, ref);
        try {
            limits.acquire("react", who.getName(), request.getRemoteAddr());
        } catch (ConsultationRateLimits.TooMany e) {
            return page + "?limited";
        }
        reactions.react(id, ref, who.getName(), r);
        return page + "?reacted#react";
    }

    @ExceptionHandler(ReactionApi.UnknownReaction.class)
    String unknown(ReactionApi.UnknownReaction e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("detail", e.getMessage());
        return "error";
    }
}
