package org.atazan.record.persistence;

import org.atazan.charter.CharterVersionPublished;
import org.atazan.commission.AmendmentDecided;
import org.atazan.commission.DraftConsolidated;
import org.atazan.commission.MinutesApproved;
import org.atazan.commission.PollClosed;
import org.atazan.consultation.ConsultationOpened;
import org.atazan.consultation.ProposalAnswered;
import org.atazan.consultation.ProposalHidden;
import org.atazan.consultation.ProposalStatusChanged;
import org.atazan.consultation.ProposalsImported;
import org.atazan.consultation.ProposalsMerged;
import org.atazan.platform.AccountAssignmentChanged;
import org.atazan.platform.AccountRolesChanged;
import org.atazan.voting.VotingEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each public decision's entry, made as the decision's event is published (a plain, synchronous listener, as the
 * modules' audit trails are written) and written to the record's inbox as the decision's own unit of work commits,
 * in one batch with the transaction's other entries: the
 * decision and its entry are one commit, kept or lost together, and a decision costs one commit (one disk
 * flush) instead of three (the decision, the listener's transaction, the publication's completion). If the
 * entry cannot be written, the decision fails with it. The modules still only publish their events and know
 * nothing of the record. An imported file's entries are the exception: {@link DecisionsToRecord#on(org.atazan.voting.ProtocolsImported)}.
 * {@code atazan.record.append=after-commit} turns this off for {@link DecisionsAfterCommit}, the former path.
 */
@Component
@ConditionalOnProperty(name = "atazan.record.append", havingValue = "in-transaction", matchIfMissing = true)
class DecisionsInTheirTransaction {
    private final DecisionsToRecord decisions;

    DecisionsInTheirTransaction(DecisionsToRecord decisions) {
        this.decisions = decisions;
    }

    @EventListener
    void on(AccountRolesChanged e) {
        decisions.on(e);
    }

    @EventListener
    void on(AccountAssignmentChanged e) {
        decisions.on(e);
    }

    @EventListener
    void on(CharterVersionPublished e) {
        decisions.on(e);
    }

    @EventListener
    void on(VotingEvent e) {
        decisions.on(e);
    }

    @EventListener
    void on(ConsultationOpened e) {
        decisions.on(e);
    }

    @EventListener
    void on(ProposalStatusChanged e) {
        decisions.on(e);
    }

    @EventListener
    void on(ProposalAnswered e) {
        decisions.on(e);
    }

    @EventListener
    void on(ProposalHidden e) {
        decisions.on(e);
    }

    @EventListener
    void on(ProposalsMerged e) {
        decisions.on(e);
    }

    @EventListener
    void on(ProposalsImported e) {
        decisions.on(e);
    }

    @EventListener
    void on(PollClosed e) {
        decisions.on(e);
    }

    @EventListener
    void on(MinutesApproved e) {
        decisions.on(e);
    }

    @EventListener
    void on(AmendmentDecided e) {
        decisions.on(e);
    }

    @EventListener
    void on(DraftConsolidated e) {
        decisions.on(e);
    }
}
