package org.atazan.commission.web;

import org.atazan.commission.CommissionDesk;
import org.atazan.commission.Meeting;
import org.atazan.commission.Poll;
import org.atazan.commission.PollResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The public, read-only page of a meeting: what anyone may check of it, in the reader's language. */
@Controller
class CommissionPages {
    private final CommissionDesk desk;
    private final MessageSource messages;

    CommissionPages(CommissionDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/commission/meetings/{id}")
    String meeting(@PathVariable String id, Model model, Locale locale) {
        Meeting m = desk.meeting(id);
        Map<String, String> arithmetic = new LinkedHashMap<>();
        for (Poll p : m.pollsInOrder()) if (p.closed()) arithmetic.put(p.id(), arithmetic(p.result(), locale));
        model.addAttribute("m", MeetingJson.of(m));
        model.addAttribute("arithmetic", arithmetic);
        return "commission/meeting";
    }

    /**
     * The arithmetic phrased in the reader's language from the result's own figures (the English string
     * of {@link PollResult#arithmetic()} is for the API and the record): one message per base, since the
     * words around the numbers differ by language.
     */
    String arithmetic(PollResult r, Locale locale) {
        String outcome = messages.getMessage("commission.outcome." + CommissionDesk.code(r.outcome()), null, locale);
        if (r.outcome() == PollResult.Outcome.NO_QUORUM) {
            return messages.getMessage("commission.arithmetic.no-quorum", new Object[]{r.present(), r.members(), r.quorum()}, locale);
        }
        String base = switch (r.majority().base()) {
            case PRESENT -> r.majority().abstentionsCount() ? "present" : "present-voting";
            case ALL_MEMBERS -> "all-members";
            case VOTES_CAST -> "votes-cast";
        };
        return messages.getMessage("commission.arithmetic." + base, new Object[]{r.tally().forVotes(), r.base(), r.needed(), outcome}, locale);
    }
}
