package org.atazan.commission;

import java.time.Instant;
import java.util.List;

/**
 * The poll on an amendment closed: what was voted (the original wording or the recommended one, pinned by
 * its SHA-256), the outcome and figures, how the proposals it cites are answered ({@code answer}: accepted,
 * partly-accepted, or null when it was not adopted or cites none) and which competing amendments lapsed.
 * No account: the poll's own event carries who voted how.
 *
 * @param wordingSha256 SHA-256, lower-case hex, of the voted wording in UTF-8; null for a repeal or renumbering
 * @param clusters the topical clusters it cites
 * @param answeredThroughClusters how many proposals were answered as members of those clusters
 */
public record AmendmentDecided(String bodyId, String number, String charterId, String versionId, String action, String article,
                               String after, String to, String wording, String wordingSha256, String consultationId,
                               List<String> proposals, List<Long> clusters, int answeredThroughClusters, String answer, List<String> lapsed, String meetingId, String pollId,
                               String outcome, int forVotes, int against, int abstain, int needed, String arithmetic, Instant at) {
    public AmendmentDecided {
        proposals = List.copyOf(proposals);
        clusters = List.copyOf(clusters);
        lapsed = List.copyOf(lapsed);
    }
}
