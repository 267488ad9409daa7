package org.atazan.consultation.web;

import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalReactions;
import org.atazan.platform.AccountDeleted;
import org.atazan.platform.PersonalData;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A citizen's account and the consultation: their part of the data download (their proposals, whole,
 * and what they supported and reacted to), and, when the account is deleted, their proposals kept without
 * their name and their reactions under a random one.
 */
@Component
class ConsultationAccounts implements PersonalData {
    private final ProposalDesk desk;
    private final ConsultationRegistry registry;
    private final ConsultationStore store;
    private final ProposalReactions reactions;

    ConsultationAccounts(ProposalDesk desk, ConsultationRegistry registry, ConsultationStore store, ProposalReactions reactions) {
        this.reactions = reactions;
        this.desk = desk;
        this.registry = registry;
        this.store = store;
    }

    /** Idempotent: a second delivery finds nothing left to anonymise. */
    @ApplicationModuleListener
    void on(AccountDeleted e) {
        desk.anonymise(e.account());
        reactions.anonymise(e.account());
    }

    record Own(String consultation, String reference, String article, String kind, String language, String status,
               String wording, String reasons, String displayName, String region, Instant receivedAt, String answer) {
        static Own of(Proposal p) {
            return new Own(p.consultationId(), p.reference().toString(), p.article(), p.kind().code(), p.language().code(),
                    p.status().code(), p.wording(), p.reasons(), p.author().displayName(), p.author().region(),
                    p.receivedAt(), p.answer());
        }
    }

    @Override
    public String section() {
        return "consultation";
    }

    @Override
    public Object about(String account) {
        List<Own> own = registry.byAuthor(account).stream().map(Own::of).toList();
        return Map.of("proposals", own, "supported", store.supportedBy(account), "reactions", reactions.byAccount(account));
    }
}
