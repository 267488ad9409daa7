package org.atazan.commission;

import org.atazan.charter.Amendment;

import java.time.Instant;
import java.util.List;

/**
 * A body's draft amendment to an article of a charter version, numbered per body (A-1, A-2, …), with the
 * proposals it answers; once put to the vote, the meeting and poll that decide it, and their outcome once
 * the poll is closed.
 *
 * @param article        the article it concerns; for an insertion, the new article's number
 * @param after          for an insertion, the article the new one follows
 * @param to             for a renumbering, the new number
 * @param text           the article's new wording (a replacement, an insertion), in the charter's text layout
 * @param consultationId the consultation whose proposals it cites, or null
 * @param proposals      the reference numbers of the proposals it answers
 * @param outcome        the poll's outcome once closed, else null
 * @param recommendation the secretariat's change recommendation to the wording, or null; the original stays as drafted
 * @param voted          which wording was put to the vote, once it was
 * @param voteOrder      its place in the voting order the body set among competing amendments to its article, or null
 * @param answersInPart  it answers the proposals it cites only in part
 * @param clusters       the topical clusters of the consultation's proposals it answers, as they were when cited
 */
public record DraftAmendment(String bodyId, String number, String charterId, String versionId, Amendment.Action action,
                             String article, String after, String to, String heading, String text, String consultationId,
                             List<String> proposals, String createdBy, Instant createdAt, String meetingId, String pollId,
                             PollResult.Outcome outcome, Recommendation recommendation, Wording voted, Integer voteOrder,
                             boolean answersInPart, List<CitedCluster> clusters) {

    public DraftAmendment {
        proposals = List.copyOf(proposals == null ? List.of() : proposals);
        clusters = List.copyOf(clusters == null ? List.of() : clusters);
    }

    /** Without cited clusters. */
    public DraftAmendment(String bodyId, String number, String charterId, String versionId, Amendment.Action action,
                          String article, String after, String to, String heading, String text, String consultationId,
                          List<String> proposals, String createdBy, Instant createdAt, String meetingId, String pollId,
                          PollResult.Outcome outcome, Recommendation recommendation, Wording voted, Integer voteOrder,
                          boolean answersInPart) {
        this(bodyId, number, charterId, versionId, action, article, after, to, heading, text, consultationId, proposals, createdBy,
                createdAt, meetingId, pollId, outcome, recommendation, voted, voteOrder, answersInPart, List.of());
    }

    /**
     * A topical cluster of proposals the amendment answers (systematization's clusters per article): its id, and what it was
     * called and how many proposals it held when cited, so the amendment still says what it answered if the cluster is renamed.
     */
    public record CitedCluster(long id, String label, int size) {
    }

    public DraftAmendment withClusters(List<CitedCluster> cited) {
        return new DraftAmendment(bodyId, number, charterId, versionId, action, article, after, to, heading, text, consultationId, proposals,
                createdBy, createdAt, meetingId, pollId, outcome, recommendation, voted, voteOrder, answersInPart, cited);
    }

    /** It answers proposals: cited one by one or through clusters. */
    public boolean answersProposals() {
        return !proposals.isEmpty() || !clusters.isEmpty();
    }

    /** A new amendment: no recommendation, not voted, no place in an order yet. */
    public DraftAmendment(String bodyId, String number, String charterId, String versionId, Amendment.Action action,
                          String article, String after, String to, String heading, String text, String consultationId,
                          List<String> proposals, String createdBy, Instant createdAt, String meetingId, String pollId,
                          PollResult.Outcome outcome) {
        this(bodyId, number, charterId, versionId, action, article, after, to, heading, text, consultationId, proposals, createdBy,
                createdAt, meetingId, pollId, outcome, null, null, null, false);
    }

    /** Which wording a vote is on: the amendment as drafted, or as the secretariat's recommendation changes it. */
    public enum Wording {
        ORIGINAL, RECOMMENDED
    }

    /** The secretariat's change recommendation: the wording it proposes instead, and why (public). */
    public record Recommendation(String text, String reason, String by, Instant at) {
    }

    /** The wording put to the vote (the recommended one when the vote was on it), else the original. */
    public String votedText() {
        return voted == Wording.RECOMMENDED && recommendation != null ? recommendation.text() : text;
    }

    /** Another amendment to the same article of the same version: only one of them can be adopted. */
    public boolean competesWith(DraftAmendment o) {
        return !o.number.equals(number) && o.bodyId.equals(bodyId) && o.charterId.equals(charterId) && o.versionId.equals(versionId)
                && o.article.equals(article);
    }

    /** Adopted, but changed by the recommendation or answering only part of what it cites: its proposals are partly accepted. */
    public boolean partly() {
        return adopted() && (voted == Wording.RECOMMENDED || answersInPart);
    }

    public boolean decided() {
        return outcome != null;
    }

    /** What a draft amendment asks for, before the body numbers it. */
    public record Request(Amendment.Action action, String charterId, String versionId, String article, String after, String to,
                          String heading, String text, String consultationId, List<String> proposals, boolean answersInPart,
                          List<Long> clusters) {
        public Request {
            proposals = proposals == null ? List.of() : List.copyOf(proposals);
            clusters = clusters == null ? List.of() : List.copyOf(clusters);
        }

        public Request(Amendment.Action action, String charterId, String versionId, String article, String after, String to,
                       String heading, String text, String consultationId, List<String> proposals, boolean answersInPart) {
            this(action, charterId, versionId, article, after, to, heading, text, consultationId, proposals, answersInPart, List.of());
        }

        public Request(Amendment.Action action, String charterId, String versionId, String article, String after, String to,
                       String heading, String text, String consultationId, List<String> proposals) {
            this(action, charterId, versionId, article, after, to, heading, text, consultationId, proposals, false);
        }
    }

    /** The amendment as the charter's consolidation reads it, under this amendment's number. */
    public Amendment amendment() {
        return new Amendment(number, action, article, after, to, heading, votedText());
    }

    /** The number the article has in the draft it leads to: the new number for a renumbering. */
    public String resultingArticle() {
        return action == Amendment.Action.RENUMBER ? to : article;
    }

    public boolean adopted() {
        return outcome == PollResult.Outcome.ADOPTED;
    }
}
