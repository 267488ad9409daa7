package org.atazan.consultation;

import java.util.List;

/** A proposal read from another channel's file, numbered, with its history (received first). */
public record ImportedProposal(Proposal proposal, List<StatusChange> history) {
    public ImportedProposal {
        history = List.copyOf(history);
        if (history.isEmpty()) throw new IllegalArgumentException("an imported proposal has at least its reception");
    }
}
