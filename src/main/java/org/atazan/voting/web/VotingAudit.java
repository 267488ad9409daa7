package org.atazan.voting.web;

import org.atazan.platform.AuditTrail;
import org.atazan.voting.ProtocolCorrected;
import org.atazan.voting.ProtocolsImported;
import org.atazan.voting.ResultPublished;
import org.atazan.voting.TerritoriesAdded;
import org.atazan.voting.TurnoutReported;
import org.atazan.voting.VoteCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Who did what on a vote, in the platform's audit trail: creation, territories, imports, corrections,
 * turnout reports, result publications. Each decision's event is handled here as it is published, in
 * the decision's own unit of work (a plain, synchronous listener), so that the decision and its entry
 * are kept or lost together. First protocols are not repeated here: each revision keeps who entered it.
 */
@Component
class VotingAudit {
    /** How many codes a summary lists before it says "and N more". */
    static final int LISTED = 10;

    private final AuditTrail audit;

    VotingAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(VoteCreated e) {
        record(e.by(), "vote.create", e.referendum(), e.kind() + " '" + e.title() + "' of " + e.date() + ", rule " + e.rule()
                + ", " + e.questions().size() + (e.questions().size() == 1 ? " question" : " questions"));
    }

    @EventListener
    void on(TerritoriesAdded e) {
        record(e.by(), "vote.territories.add", e.referendum(), count(e.territories().size(), "territory", "territories")
                + ": " + listed(e.territories()));
    }

    @EventListener
    void on(ProtocolsImported e) {
        record(e.by(), "vote.protocols.import", e.referendum(), e.file() + ": " + count(e.protocols(), "protocol", "protocols") + " (sha256 " + e.digest() + ")"
                + ", " + count(e.newTerritories(), "new territory", "new territories"));
    }

    @EventListener
    void on(ProtocolCorrected e) {
        record(e.by(), "vote.protocol.correct", e.referendum(), "station " + e.station() + ", revision " + e.revision()
                + ": " + e.reason());
    }

    @EventListener
    void on(TurnoutReported e) {
        record(e.by(), "vote.turnout.report", e.referendum(), count(e.reports().size(), "report", "reports") + ": "
                + listed(e.reports().stream().map(r -> r.unit() + " " + r.time() + " " + r.percent().toPlainString() + " %"
                + (r.issued() == null ? "" : " (" + r.issued() + " issued)")).toList()));
    }

    @EventListener
    void on(ResultPublished e) {
        record(e.by(), "vote.result.publish", e.referendum(), "publication " + e.number() + ": yes " + e.totals().yes()
                + ", no " + e.totals().no() + ", turnout " + e.totals().turnoutPercent() + " %");
    }

    private void record(String by, String action, String vote, String summary) {
        audit.record(by == null || by.isBlank() ? "system" : by, action, VoteAccess.VOTE, vote, summary);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String listed(List<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }
}
