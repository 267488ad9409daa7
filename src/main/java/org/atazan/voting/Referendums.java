package org.atazan.voting;

import java.util.List;
import java.util.Optional;

/**
 * Where votes, territories, protocol revisions, turnout reports and published results are kept (the
 * persistence port). Writes join the caller's unit of work.
 */
public interface Referendums {
    /** Stores a new vote that no account created (demo data); a duplicate id is bad input. */
    default void create(Referendum r) {
        create(r, null);
    }

    /** Stores a new vote with the account that created it (null for none); a duplicate id is bad input. */
    void create(Referendum r, String createdBy);

    /** The account that created the vote, if one did. */
    Optional<String> creator(String id);

    Optional<Referendum> find(String id);

    /** All votes, newest first. */
    List<Referendum> all();

    /** The territory tree, parents before children. */
    List<Territory> territories(String id);

    /** The latest revision of every station's protocol. */
    List<Revision> latest(String id);

    /** Every revision of one station, oldest first. */
    List<Revision> history(String id, String station);

    /** Every revision entered at that instant (one import, or one submission), by station, then number. */
    List<Revision> enteredAt(String id, java.time.Instant at);

    /**
     * Stores new territories and revisions in one transaction: all or nothing. A revision that already
     * exists (same station and number) is a duplicate submission and is refused as bad input.
     */
    void append(String id, List<Territory> newTerritories, List<Revision> revisions);

    void addTurnout(String id, List<TurnoutReport> reports);

    /** Turnout reports by hour, then unit. */
    List<TurnoutReport> turnout(String id);

    void saveParties(String id, List<PartyResult> rows);

    List<PartyResult> parties(String id);

    /** Stores a publication of a result; its number must be the next one of that vote. */
    void addPublication(PublishedResult result);

    /** Every publication of a vote's result, oldest first. */
    List<PublishedResult> publications(String id);
}
