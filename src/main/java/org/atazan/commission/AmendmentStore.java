package org.atazan.commission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where draft amendments, the polls that decide them and the drafts made from them are kept (PostgreSQL at the edge). */
public interface AmendmentStore {

    /** The next number of the body's amendments (1, 2, …), with the body locked until the transaction ends. */
    int nextNumber(String bodyId);

    void create(DraftAmendment amendment);

    /** The amendment with its poll's outcome, if any. */
    Optional<DraftAmendment> amendment(String bodyId, String number);

    /** The same, locked until the transaction ends. */
    Optional<DraftAmendment> lock(String bodyId, String number);

    /** A body's amendments in the order they were drafted. */
    List<DraftAmendment> ofBody(String bodyId);

    /** The amendment a poll decides, if any. */
    Optional<DraftAmendment> byPoll(String meetingId, String pollId);

    /** The amendment is put to the vote on {@code wording} in this poll. */
    void linkPoll(String bodyId, String number, String meetingId, String pollId, DraftAmendment.Wording wording);

    /** Locks the body until the transaction ends: drafting, ordering and putting to the vote never interleave. */
    void lockBody(String bodyId);

    void recommend(String bodyId, String number, DraftAmendment.Recommendation recommendation);

    /** Each amendment's place in the voting order of its article. */
    void order(String bodyId, java.util.Map<String, Integer> places);

    void recordDraft(String charterId, String versionId, String bodyId, String baseVersion, List<String> numbers, String by, Instant at);

    /** The amendments a draft version was consolidated from, in order; empty for any other version. */
    List<DraftAmendment> draftAmendments(String charterId, String versionId);

    /** The draft versions a body made, oldest first: charter, version and the version it amends. */
    List<Draft> drafts(String bodyId);

    /** A draft version a body consolidated, and the version it amends. */
    record Draft(String charterId, String versionId, String baseVersion) {
    }

    /** The proposals an adopted amendment answered as members of a cited cluster. */
    void answeredThrough(String bodyId, String number, String consultationId, long clusterId, List<String> references);

    /** The amendments that cite a topical cluster, in the order drafted. */
    List<DraftAmendment> citingCluster(String consultationId, long clusterId);

    /**
     * The drafts made with amendments that cite a proposal (by its reference, or answered it as a member of a cited cluster):
     * each amendment with the draft version it is in.
     */
    List<InDraft> citing(String consultationId, String reference);

    /** An amendment and the draft version it was consolidated into. */
    record InDraft(String charterId, String versionId, DraftAmendment amendment) {
    }
}
