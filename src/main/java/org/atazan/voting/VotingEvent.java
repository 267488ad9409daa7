package org.atazan.voting;

/**
 * A public decision on a vote, told to the rest of the platform after it has committed: a
 * past-tense record of plain values (strings, numbers, instants, lists), kept by the platform until
 * every listener has handled it.
 */
public sealed interface VotingEvent permits VoteCreated, TerritoriesAdded, ProtocolAccepted, ProtocolCorrected,
        ProtocolsImported, TurnoutReported, ResultPublished {

    /** The vote decided on. */
    String referendum();
}
