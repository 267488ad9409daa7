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
import org.atazan.voting.VotingEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The former path, kept to be measured against ({@code atazan.record.append=after-commit}; bench/run record):
 * each decision's entry written after the decision's commit, by Spring Modulith's asynchronous delivery in a
 * transaction of its own, then the publication marked complete in another. Three commits per decision, and a
 * moment after commit when the decision is kept and its entry not yet (the registry delivers it again after a crash).
 */
@Component
@ConditionalOnProperty(name = "atazan.record.append", havingValue = "after-commit")
class DecisionsAfterCommit {
    private final DecisionsToRecord decisions;

    DecisionsAfterCommit(DecisionsToRecord decisions) {
        this.decisions = decisions;
    }

    @ApplicationModuleListener
    void on(org.atazan.platform.AccountRolesChanged e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(org.atazan.platform.AccountAssignmentChanged e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(CharterVersionPublished e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(VotingEvent e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(ConsultationOpened e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(ProposalStatusChanged e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(ProposalAnswered e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(ProposalHidden e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(ProposalsMerged e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(ProposalsImported e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(PollClosed e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(MinutesApproved e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(AmendmentDecided e) {
        decisions.on(e);
    }

    @ApplicationModuleListener
    void on(DraftConsolidated e) {
        decisions.on(e);
    }
}
