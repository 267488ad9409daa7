package org.atazan.consultation;

/**
 * The public decisions of the consultation module, as past-tense records published in the decision's
 * unit of work. They carry references and codes, never an author's account or name.
 */
public sealed interface ConsultationEvent permits ConsultationOpened, ProposalSubmitted, ProposalStatusChanged,
        ProposalAnswered, ProposalHidden, ProposalsImported, ProposalsMerged {
    String consultationId();
}
