package org.atazan.voting.web;

import org.atazan.voting.PublishedResult;
import org.atazan.voting.Revision;

/**
 * What the public is told about who acted: the role and body ("election official"), never an
 * official's account name, which only officials, the admin and the audit trail see. Figures loaded
 * with the demo data say so instead.
 */
final class PublicActors {
    /** The account the demo data is entered under. */
    static final String DEMO = "demo";
    static final String OFFICIAL = "election official";
    static final String DEMO_DATA = "demo data (published figures)";

    private PublicActors() {
    }

    /** The public word for whoever acted, in English (the API). */
    static String role(String account) {
        return DEMO.equals(account) ? DEMO_DATA : OFFICIAL;
    }

    /** The message key of that word, for pages in the reader's language. */
    static String messageKey(String account) {
        return DEMO.equals(account) ? "voting.actor.demo" : "voting.actor.official";
    }

    /** A revision as the public sees it: the same figures, who entered it as a role. */
    static Revision publicView(Revision r, String role) {
        return new Revision(r.station(), r.number(), r.protocol(), role, r.enteredAt(), r.reason());
    }

    /** A publication as the public sees it: the same figures, who published it as a role. */
    static PublishedResult publicView(PublishedResult p, String role) {
        return new PublishedResult(p.referendum(), p.number(), p.publishedAt(), role, p.totals(), p.questions());
    }
}
