package org.atazan.consultation.web;

import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.platform.AccountDeleted;
import org.atazan.platform.PersonalData;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A citizen's account and the consultation: their part of the data download (their proposals, whole,
 * and what they supported), and, when the account is deleted, their proposals kept without their name.
 */
@Component
class ConsultationAccounts implements PersonalData {
    private final ProposalDesk desk;
    private final ConsultationRegistry registry;
    private final ConsultationStore store;

    ConsultationAccounts(ProposalDesk desk, ConsultationRegistry registry, ConsultationStore store) {
        this.desk = desk;
        this.registry = registry;
        this.store = store;
    }

    /** Idempotent: a second delivery finds nothing left to anonymise. */
    @ApplicationModuleListener
    void on(AccountDeleted e) {
        desk.anonymise(e.account());
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
        return Map.of("proposals", own, "supported", store.supportedBy(account));
    }
}
