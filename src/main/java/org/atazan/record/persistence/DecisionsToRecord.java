package org.atazan.record.persistence;

import org.atazan.charter.CharterVersionPublished;
import org.atazan.commission.AmendmentDecided;
import org.atazan.commission.DraftConsolidated;
import org.atazan.commission.MinutesApproved;
import org.atazan.commission.PollClosed;
import org.atazan.consultation.ConsultationOpened;
import org.atazan.consultation.ProposalAnswered;
import org.atazan.consultation.ProposalHidden;
import org.atazan.consultation.ProposalStatusChanged;
import org.atazan.consultation.ProposalsImported;
import org.atazan.consultation.ProposalsMerged;
import org.atazan.platform.AccountAssignmentChanged;
import org.atazan.platform.AccountRolesChanged;
import org.atazan.record.ProtocolCheck;
import org.atazan.record.PublicRecord;
import org.atazan.record.Tiles;
import org.atazan.voting.ProtocolAccepted;
import org.atazan.voting.ProtocolCorrected;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.ProtocolsImported;
import org.atazan.voting.Revision;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TerritoriesAdded;
import org.atazan.voting.TurnoutReported;
import org.atazan.voting.VotingEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Every module's public decisions, kept for the public record. An entry is the event's own values as
 * canonical JSON (RFC 8785), under its kind and the object it concerns, without the account that acted:
 * fields naming an account ({@code by}, {@code publishedBy}, ...) are dropped, since the record is public
 * and personal data stays out of it. Entries go to the record's inbox, which takes no lock;
 * {@link RecordSequencer} gives them their indexes.
 *
 * <p>Who calls it: {@link DecisionsInTheirTransaction} (the default), in the decision's own transaction,
 * so that a decision and its entry are one commit; or {@link DecisionsAfterCommit}
 * ({@code atazan.record.append=after-commit}, the former path, kept to be measured against), after commit
 * in a transaction of its own. An imported file's entries always come after commit ({@link #on(ProtocolsImported)}).
 */
@Component
class DecisionsToRecord {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DecisionsToRecord.class);
    /** Entries of an imported file appended per batch: bounded memory whatever the file's size. */
    private static final int IMPORT_BATCH = 2_000;
    /** The most merged references a merge's entry lists (an entry holds at most 64 KiB). */
    static final int MERGED_LISTED = 1_000;

    private final PublicRecord record;
    private final ProtocolImport protocols;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    DecisionsToRecord(PublicRecord record, ProtocolImport protocols) {
        this.record = record;
        this.protocols = protocols;
    }

    /** Who may act for the platform, by the account's public reference (never its login name). */
    void on(AccountRolesChanged e) {
        enqueue("platform.account-roles-changed", "account/" + e.account(), e);
    }

    /** Who may act on what: found by the object (e.g. vote/kz-2026), the account by its public reference. */
    void on(AccountAssignmentChanged e) {
        enqueue("platform.account-assignment-changed", e.objectType() + "/" + e.objectId(), e);
    }

    void on(CharterVersionPublished e) {
        enqueue("charter.version-published", e.charterId() + "/" + e.versionId(), e);
    }

    /**
     * An imported file's entries, after its commit, in a transaction of their own (Spring Modulith keeps the
     * event until this listener has returned, so a crash loses none): ninety thousand entries written in the
     * import's own transaction would make it seconds longer.
     */
    @ApplicationModuleListener
    void on(ProtocolsImported e) {
        appendImport(e);
    }

    void on(VotingEvent e) {
        if (e instanceof ProtocolsImported) return; // after commit, above
        String kind = VOTING_KIND.get(e.getClass());
        // A protocol's entry is about the vote, but found by its station and revision (the printed
        // protocol's code names its entry): the store's key says so, the entry's bytes stay as they were.
        String key = e.referendum();
        if (e instanceof ProtocolAccepted a) key = ProtocolCheck.entryKey(a.referendum(), a.station(), a.revision());
        if (e instanceof ProtocolCorrected c) key = ProtocolCheck.entryKey(c.referendum(), c.station(), c.revision());
        byte[] entry = e instanceof ProtocolCorrected c ? correction(kind, c) : entry(kind, e.referendum(), e);
        if (entry.length > Tiles.MAX_ENTRY_BYTES && e instanceof TerritoriesAdded t) {
            entry = inBrief(kind, t.referendum(), t, "territories", "territoryCount", t.territories());
        }
        if (entry.length > Tiles.MAX_ENTRY_BYTES && e instanceof TurnoutReported t) {
            entry = inBrief(kind, t.referendum(), t, "reports", "reportCount", t.reports().stream()
                    .map(r -> r.unit() + " " + r.time() + " " + r.percent().toPlainString() + " " + (r.issued() == null ? "" : r.issued())).toList());
        }
        record.enqueue(kind, key, entry);
    }

    /**
     * A correction is a new entry that points to the one it corrects: the earlier revision's entry key and, when that
     * entry is in the log or queued for it, its leaf hash, so that a verifier holding both proves which exact entry
     * the correction replaces. Nothing is edited.
     */
    private byte[] correction(String kind, ProtocolCorrected c) {
        ObjectNode d = decision(c);
        String previous = ProtocolCheck.entryKey(c.referendum(), c.station(), c.revision() - 1);
        ObjectNode corrects = d.putObject("corrects");
        corrects.put("object", previous);
        record.leafHashOf(ProtocolCheck.kindOf(c.revision() - 1), previous)
                .ifPresent(h -> corrects.put("leafHash", java.util.HexFormat.of().formatHex(h)));
        return canonical(kind, c.referendum(), d);
    }

    /**
     * Territories added, or turnout reported, by the thousand (a country's stations in one request) do not fit
     * an entry (64 KiB): the entry then carries their count and the SHA-256 of them, one per line in the order
     * given (a territory by its code; a report as "unit time percent issued", issued empty when not published),
     * instead of the list itself (which the vote's pages and open data give). Written in the decision's
     * transaction, an entry too long would refuse the decision itself.
     */
    private byte[] inBrief(String kind, String vote, VotingEvent e, String list, String count, List<String> lines) {
        ObjectNode d = json.valueToTree(e);
        d.remove(list);
        d.remove("by");
        d.put(count, lines.size());
        d.put(list + "Sha256", sha256(String.join("\n", lines)));
        return canonical(kind, vote, d);
    }

    /**
     * An imported file's entry, then one entry per station it added, of the same kind and shape as a
     * protocol entered alone: a printed protocol's code then names its station's own entry whichever
     * way the protocol came. Into the inbox in batches (a batch of entries in memory at a time), not
     * into the log under its lock: ninety thousand stations would hold the lock for seconds, and every
     * other decision would wait that long to become public; from the inbox they are appended a
     * thousand at a time, in turn with the others.
     */
    private void appendImport(ProtocolsImported e) {
        long start = System.nanoTime();
        String kind = "voting." + kebab(e.getClass().getSimpleName());
        List<PublicRecord.Decision> batch = new ArrayList<>(IMPORT_BATCH);
        batch.add(new PublicRecord.Decision(kind, e.referendum(), entry(kind, e.referendum(), e)));
        String accepted = "voting." + kebab(ProtocolAccepted.class.getSimpleName());
        for (Revision r : protocols.revisions(e)) {
            ProtocolAccepted a = new ProtocolAccepted(e.referendum(), r.station(), r.number(), r.enteredBy(), r.enteredAt(),
                    TallyFigures.of(r.protocol()));
            batch.add(new PublicRecord.Decision(accepted, ProtocolCheck.entryKey(a.referendum(), a.station(), a.revision()),
                    entry(accepted, a.referendum(), a)));
            if (batch.size() == IMPORT_BATCH) {
                record.enqueueAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) record.enqueueAll(batch);
        log.info("public record: the import into {} and its {} protocols queued for the log in {} ms", e.referendum(), e.protocols(),
                (System.nanoTime() - start) / 1_000_000);
    }

    // Consultation: each entry is built field by field from what is public (what, which proposal, the
    // status or outcome, the public reason, when), so that a field added to an event later (an author,
    // an account) cannot reach the record unnoticed. The import's file name is left out: it may name a person.

    void on(ConsultationOpened e) {
        ObjectNode d = json.createObjectNode();
        d.put("consultationId", e.consultationId());
        d.put("title", e.title());
        d.put("charterId", e.charterId());
        d.put("versionId", e.versionId());
        d.put("deadlineDays", e.deadlineDays());
        d.put("at", e.at().toString());
        appendDecision("consultation.opened", e.consultationId(), d);
    }

    void on(ProposalStatusChanged e) {
        ObjectNode d = proposal(e.consultationId(), e.reference());
        d.put("from", e.from());
        d.put("to", e.to());
        d.put("reason", e.reason());
        d.put("at", e.at().toString());
        appendDecision("consultation.proposal-status-changed", e.consultationId() + "/" + e.reference(), d);
    }

    void on(ProposalAnswered e) {
        ObjectNode d = proposal(e.consultationId(), e.reference());
        d.put("outcome", e.outcome());
        if (e.mergedInto() != null) d.put("mergedInto", e.mergedInto());
        d.put("answer", e.answer());
        d.put("at", e.at().toString());
        appendDecision("consultation.proposal-answered", e.consultationId() + "/" + e.reference(), d);
    }

    void on(ProposalHidden e) {
        ObjectNode d = proposal(e.consultationId(), e.reference());
        d.put("hidden", e.reason() != null);
        if (e.reason() != null) d.put("reason", e.reason());
        d.put("at", e.at().toString());
        appendDecision("consultation.proposal-hidden", e.consultationId() + "/" + e.reference(), d);
    }

    void on(ProposalsMerged e) {
        ObjectNode d = proposal(e.consultationId(), e.into());
        // Each merged proposal has its own answer entry; this one names them while the entry stays small, and
        // always carries their count and the SHA-256 of their references, one per line (a campaign merges thousands).
        d.put("mergedCount", e.merged().size());
        d.put("mergedSha256", sha256(String.join("\n", e.merged())));
        if (e.merged().size() <= MERGED_LISTED) {
            var merged = d.putArray("merged");
            e.merged().forEach(merged::add);
        }
        d.put("supportsMoved", e.supportsMoved());
        d.put("reason", e.reason());
        d.put("at", e.at().toString());
        appendDecision("consultation.proposals-merged", e.consultationId() + "/" + e.into(), d);
    }

    void on(ProposalsImported e) {
        ObjectNode d = json.createObjectNode();
        d.put("consultationId", e.consultationId());
        d.put("channel", e.channel());
        d.put("added", e.added());
        d.put("unchanged", e.unchanged());
        d.put("skipped", e.skipped());
        d.put("digest", e.digest());
        d.put("at", e.at().toString());
        appendDecision("consultation.proposals-imported", e.consultationId(), d);
    }

    // Commission: built field by field as well. A named poll's votes are public by the body's rules and its
    // members are public officials: they enter by public name (never the account); a secret poll enters with
    // its counts only, an analog poll with its figures. Minutes enter once approved, as the digest of their text.

    void on(PollClosed e) {
        ObjectNode d = json.createObjectNode();
        d.put("bodyId", e.bodyId());
        d.put("meetingId", e.meetingId());
        d.put("pollId", e.pollId());
        d.put("kind", e.kind());
        d.put("decision", e.decision());
        d.put("for", e.forVotes());
        d.put("against", e.against());
        d.put("abstain", e.abstain());
        d.put("members", e.members());
        d.put("present", e.present());
        d.put("quorum", e.quorum());
        d.put("base", e.base());
        d.put("needed", e.needed());
        d.put("outcome", e.outcome());
        d.put("arithmetic", e.arithmetic());
        if ("named".equals(e.kind())) {
            var votes = d.putArray("votes");
            for (PollClosed.PublicVote v : e.publicVotes()) votes.addObject().put("name", v.name()).put("choice", v.choice());
        }
        appendDecision("commission.poll-closed", e.meetingId() + "/" + e.pollId(), d);
    }

    void on(MinutesApproved e) {
        ObjectNode d = json.createObjectNode();
        d.put("bodyId", e.bodyId());
        d.put("meetingId", e.meetingId());
        d.put("sha256", e.digest());
        if (e.approvingPoll() != null) {
            d.put("approvingMeeting", e.approvingMeeting());
            d.put("approvingPoll", e.approvingPoll());
        } else {
            d.put("act", e.act());
        }
        d.put("at", e.at().toString());
        appendDecision("commission.minutes-approved", e.meetingId(), d);
    }

    /**
     * An amendment's poll closed: what was voted is pinned by the SHA-256 of its wording (the text itself is on the
     * amendments' page and in the API, up to 20,000 characters: too long for an entry), with the outcome, the figures,
     * how the cited proposals are answered and the competing amendments that lapsed. Who voted how is the poll's entry.
     */
    void on(AmendmentDecided e) {
        ObjectNode d = json.createObjectNode();
        d.put("bodyId", e.bodyId());
        d.put("number", e.number());
        d.put("charterId", e.charterId());
        d.put("versionId", e.versionId());
        d.put("action", e.action());
        d.put("article", e.article());
        if (e.after() != null) d.put("after", e.after());
        if (e.to() != null) d.put("to", e.to());
        d.put("wording", e.wording());
        if (e.wordingSha256() != null) d.put("wordingSha256", e.wordingSha256());
        d.put("meetingId", e.meetingId());
        d.put("pollId", e.pollId());
        d.put("outcome", e.outcome());
        d.put("for", e.forVotes());
        d.put("against", e.against());
        d.put("abstain", e.abstain());
        d.put("needed", e.needed());
        d.put("arithmetic", e.arithmetic());
        if (e.consultationId() != null) {
            d.put("consultationId", e.consultationId());
            var refs = d.putArray("proposals");
            e.proposals().forEach(refs::add);
            // Only when clusters are cited, so entries of amendments that cite none keep their earlier form.
            if (!e.clusters().isEmpty()) {
                var clusters = d.putArray("clusters");
                e.clusters().forEach(clusters::add);
                d.put("answeredThroughClusters", e.answeredThroughClusters());
            }
        }
        if (e.answer() != null) d.put("answer", e.answer());
        var lapsed = d.putArray("lapsed");
        e.lapsed().forEach(lapsed::add);
        d.put("at", e.at().toString());
        appendDecision("commission.amendment-decided", e.bodyId() + "/" + e.number(), d);
    }

    /** A draft consolidated from adopted amendments; its text is pinned by the version's own entry (charter.version-published). */
    void on(DraftConsolidated e) {
        ObjectNode d = json.createObjectNode();
        d.put("bodyId", e.bodyId());
        d.put("charterId", e.charterId());
        d.put("baseVersion", e.baseVersion());
        d.put("versionId", e.versionId());
        var numbers = d.putArray("amendments");
        e.amendments().forEach(numbers::add);
        d.put("at", e.at().toString());
        appendDecision("commission.draft-consolidated", e.charterId() + "/" + e.versionId(), d);
    }

    private ObjectNode proposal(String consultationId, String reference) {
        ObjectNode d = json.createObjectNode();
        d.put("consultationId", consultationId);
        d.put("reference", reference);
        return d;
    }

    private void appendDecision(String kind, String objectId, ObjectNode decision) {
        record.enqueue(kind, objectId, canonical(kind, objectId, decision));
    }

    /** An event's entry, queued under its object as both the store's key and the entry's object. */
    private void enqueue(String kind, String objectId, Object event) {
        record.enqueue(kind, objectId, entry(kind, objectId, event));
    }

    byte[] entry(String kind, String objectId, Object event) {
        return canonical(kind, objectId, decision(event));
    }

    /** The event's values without the fields naming an account. */
    private ObjectNode decision(Object event) {
        ObjectNode decision = json.valueToTree(event);
        for (Iterator<String> names = decision.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("by") || name.endsWith("By")) names.remove();
        }
        return decision;
    }

    /** The entry's canonical JSON (RFC 8785), written from the tree in one pass ({@link CanonicalJson}). */
    byte[] canonical(String kind, String objectId, ObjectNode decision) {
        ObjectNode entry = json.createObjectNode();
        entry.put("kind", kind);
        entry.put("object", objectId);
        entry.set("decision", decision);
        return CanonicalJson.bytes(entry);
    }

    /** ProtocolAccepted → protocol-accepted. */
    static String kebab(String name) {
        return WORD_START.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Each event class's kind, worked out once (a regular expression per decision showed in a profile). */
    private static final ClassValue<String> VOTING_KIND = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return "voting." + kebab(type.getSimpleName());
        }
    };

    /** Compiled once: {@code String.replaceAll} compiled it for every decision (seen in a profile of the platform's path). */
    private static final java.util.regex.Pattern WORD_START = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
