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
 */
public record DraftAmendment(String bodyId, String number, String charterId, String versionId, Amendment.Action action,
                             String article, String after, String to, String heading, String text, String consultationId,
                             List<String> proposals, String createdBy, Instant createdAt, String meetingId, String pollId,
                             PollResult.Outcome outcome) {

    public DraftAmendment {
        proposals = List.copyOf(proposals == null ? List.of() : proposals);
    }

    /** What a draft amendment asks for, before the body numbers it. */
    public record Request(Amendment.Action action, String charterId, String versionId, String article, String after, String to,
                          String heading, String text, String consultationId, List<String> proposals) {
        public Request {
            proposals = proposals == null ? List.of() : List.copyOf(proposals);
        }
    }

    /** The amendment as the charter's consolidation reads it, under this amendment's number. */
    public Amendment amendment() {
        return new Amendment(number, action, article, after, to, heading, text);
    }

    /** The number the article has in the draft it leads to: the new number for a renumbering. */
    public String resultingArticle() {
        return action == Amendment.Action.RENUMBER ? to : article;
    }

    public boolean adopted() {
        return outcome == PollResult.Outcome.ADOPTED;
    }
}
