package org.atazan.commission;

import org.atazan.charter.Amendment;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.StatusRequest;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;
import org.atazan.systematization.TopicDesk;
import org.atazan.systematization.TopicStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Draft amendments and the next draft: a body's secretary or chair drafts an amendment to an article of a
 * charter version (checked against that version: an article that does not exist is refused with the rule
 * named), puts it to the vote as a poll of a meeting, and consolidates the adopted ones into a new draft
 * version through the charter's {@link CharterLibrary}. When an adopted amendment cites proposals, they are
 * answered (accepted) through the consultation's {@link ProposalDesk} in the same unit of work, and so is every
 * proposal of the topical clusters it cites (systematization's {@link TopicDesk}), each cluster kept whole from the
 * moment it is cited.
 */
public final class AmendmentDesk {
    static final int MAX_WORDING = 20_000;
    static final int MAX_NUMBER = 20;
    static final int MAX_PROPOSALS = 50;
    static final int MAX_CLUSTERS = 20;
    /** The most proposals the cited clusters may hold together: each is answered one by one when the amendment is adopted. */
    static final int MAX_CLUSTER_PROPOSALS = 10_000;
    private static final int PAGE = 1_000;

    private final AmendmentStore store;
    private final CommissionDesk desk;
    private final CharterLibrary charters;
    private final ConsultationRegistry consultations;
    private final ProposalDesk proposals;
    private final TopicDesk topics;
    private final UnitOfWork work;
    private final DomainEvents events;
    private final Clock clock;

    public AmendmentDesk(AmendmentStore store, CommissionDesk desk, CharterLibrary charters, ConsultationRegistry consultations,
                         ProposalDesk proposals, TopicDesk topics, UnitOfWork work, DomainEvents events, Clock clock) {
        this.store = store;
        this.desk = desk;
        this.charters = charters;
        this.consultations = consultations;
        this.proposals = proposals;
        this.topics = topics;
        this.work = work;
        this.events = events;
        this.clock = clock;
    }

    /** Drafts an amendment: the body's secretary or chair (a seat held on {@code day}), the article checked against the version. */
    public DraftAmendment draft(String bodyId, DraftAmendment.Request r, LocalDate day, String by) {
        if (r.action() == null) throw new BadInputException("field action: missing; one of replace, insert, repeal, renumber");
        number("article", r.article(), true);
        number("after", r.after(), r.action() == Amendment.Action.INSERT);
        number("to", r.to(), r.action() == Amendment.Action.RENUMBER);
        if (r.heading() != null && r.heading().length() > CommissionDesk.MAX_TEXT) {
            throw new BadInputException("field heading: longer than " + CommissionDesk.MAX_TEXT);
        }
        if (r.text() != null && r.text().length() > MAX_WORDING) throw new BadInputException("field text: longer than " + MAX_WORDING);
        boolean needsText = r.action() == Amendment.Action.REPLACE || r.action() == Amendment.Action.INSERT;
        if (needsText && (r.text() == null || r.text().isBlank())) throw new BadInputException("field text: missing; the article's new wording");
        if (r.proposals().size() > MAX_PROPOSALS) throw new BadInputException("field proposals: more than " + MAX_PROPOSALS);
        if (r.clusters().size() > MAX_CLUSTERS) throw new BadInputException("field clusters: more than " + MAX_CLUSTERS);
        Body body = desk.body(bodyId);
        Role role = body.seat(by, day).map(Membership::role).orElse(null);
        if (role == null || !role.runsMeetings()) {
            throw new CommissionRefusal("body " + bodyId + ": only its secretary or chair drafts an amendment");
        }
        CharterVersion version = version(r.charterId(), r.versionId());
        checkArticles(r, version);
        List<String> cited = cited(r);
        Instant at = clock.instant();
        return work.call(() -> {
            String number = "A-" + store.nextNumber(bodyId);
            List<DraftAmendment.CitedCluster> clusters = keepClusters(r);
            boolean cites = !cited.isEmpty() || !clusters.isEmpty();
            DraftAmendment a = new DraftAmendment(bodyId, number, r.charterId(), r.versionId(), r.action(), r.article().strip(),
                    strip(r.after()), strip(r.to()), blankToNull(r.heading()), blankToNull(r.text()),
                    cites ? r.consultationId() : null, cited, by, at, null, null, null, null, null, null, r.answersInPart(), clusters);
            store.create(a);
            events.publish(new AmendmentDrafted(bodyId, number, a.charterId(), a.versionId(), CommissionDesk.code(a.action()),
                    a.article(), a.consultationId(), cited, clusters.stream().map(DraftAmendment.CitedCluster::id).toList(), at, by));
            return a;
        });
    }

    private static void number(String field, String value, boolean needed) {
        if (value == null || value.isBlank()) {
            if (needed) throw new BadInputException("field " + field + ": missing; an article's number as written");
            return;
        }
        if (value.strip().length() > MAX_NUMBER) throw new BadInputException("field " + field + ": longer than " + MAX_NUMBER);
    }

    private CharterVersion version(String charterId, String versionId) {
        if (charterId == null || charterId.isBlank()) throw new BadInputException("field charter: missing");
        if (versionId == null || versionId.isBlank()) throw new BadInputException("field version: missing");
        try {
            return charters.version(charterId, versionId);
        } catch (NotFoundException e) {
            throw new BadInputException("field version: charter '" + charterId + "' has no version '" + versionId + "'");
        }
    }

    /** An amendment names articles of the version it amends: the rule refused here, before anything is written. */
    private static void checkArticles(DraftAmendment.Request r, CharterVersion v) {
        String where = " of version " + v.summary().id() + " of charter " + v.summary().charterId();
        String article = r.article().strip();
        if (r.action() == Amendment.Action.INSERT) {
            if (v.article(r.after().strip()).isEmpty()) {
                throw new CommissionRefusal("field after: there is no article " + r.after().strip() + where
                        + "; a new article is inserted after an article that exists");
            }
            if (v.article(article).isPresent()) {
                throw new CommissionRefusal("field article: article " + article + where + " exists; an inserted article takes a free number");
            }
            return;
        }
        if (v.article(article).isEmpty()) {
            throw new CommissionRefusal("field article: there is no article " + article + where
                    + "; an amendment replaces, repeals or renumbers an article that exists");
        }
        if (r.action() == Amendment.Action.RENUMBER && v.article(r.to().strip()).isPresent()) {
            throw new CommissionRefusal("field to: article " + r.to().strip() + where + " exists; an article is renumbered to a free number");
        }
    }

    /**
     * The cited clusters, each one of the consultation named, kept from now on (in the caller's unit of work, so a cluster
     * cannot be merged away between the check and the citation), with what it is called and holds now.
     */
    private List<DraftAmendment.CitedCluster> keepClusters(DraftAmendment.Request r) {
        List<DraftAmendment.CitedCluster> out = new ArrayList<>();
        long total = 0;
        for (long id : new java.util.LinkedHashSet<>(r.clusters())) {
            TopicStore.Topic t;
            try {
                t = topics.keep(r.consultationId(), id);
            } catch (NotFoundException e) {
                throw new BadInputException("field clusters: no topical cluster " + id + " in consultation '" + r.consultationId() + "'");
            }
            total += t.size();
            if (total > MAX_CLUSTER_PROPOSALS) {
                throw new BadInputException("field clusters: the clusters cited hold more than " + MAX_CLUSTER_PROPOSALS
                        + " proposals together; cite fewer or smaller ones");
            }
            out.add(new DraftAmendment.CitedCluster(id, label(t), t.size()));
        }
        return out;
    }

    /** A cluster as a person reads it: the name it was given, else its telling terms in its largest language. */
    private static String label(TopicStore.Topic t) {
        if (t.name() != null) return t.name();
        return t.descriptions().stream().filter(d -> !d.terms().isEmpty()).findFirst()
                .map(d -> String.join(" · ", d.terms().subList(0, Math.min(4, d.terms().size())))).orElse("#" + t.id());
    }

    /** The cited proposals, each one that exists in the consultation named. */
    private List<String> cited(DraftAmendment.Request r) {
        if (r.proposals().isEmpty() && r.clusters().isEmpty()) return List.of();
        if (r.consultationId() == null || r.consultationId().isBlank()) {
            throw new BadInputException("field consultation: missing; the consultation whose proposals are cited");
        }
        try {
            consultations.consultation(r.consultationId());
        } catch (NotFoundException e) {
            throw new BadInputException("field consultation: no consultation '" + r.consultationId() + "'");
        }
        List<String> out = new ArrayList<>();
        for (String s : r.proposals()) {
            ReferenceNumber ref = ReferenceNumber.parse("proposals", s);
            try {
                consultations.proposal(r.consultationId(), ref);
            } catch (NotFoundException e) {
                throw new BadInputException("field proposals: no proposal " + ref + " in consultation '" + r.consultationId() + "'");
            }
            if (!out.contains(ref.toString())) out.add(ref.toString());
        }
        return out;
    }

    public DraftAmendment amendment(String bodyId, String number) {
        return store.amendment(bodyId, number).orElseThrow(() -> new NotFoundException("body " + bodyId + " has no amendment " + number));
    }

    /** A body's amendments in the order they were drafted. */
    public List<DraftAmendment> amendments(String bodyId) {
        desk.body(bodyId);
        return store.ofBody(bodyId);
    }

    /**
     * Attaches the secretariat's change recommendation to an amendment's wording (the body's secretary or chair),
     * before it is put to the vote; a later one replaces it. The original wording stays as drafted and both are
     * shown; the vote says which of them it is on.
     */
    public DraftAmendment recommend(String bodyId, String number, String text, String reason, LocalDate day, String by) {
        if (text == null || text.isBlank()) throw new BadInputException("field text: missing; the wording the recommendation proposes");
        if (text.length() > MAX_WORDING) throw new BadInputException("field text: longer than " + MAX_WORDING);
        if (reason != null && reason.length() > CommissionDesk.MAX_TEXT) throw new BadInputException("field reason: longer than " + CommissionDesk.MAX_TEXT);
        runner(bodyId, day, by, "attaches a change recommendation");
        Instant at = clock.instant();
        return work.call(() -> {
            store.lockBody(bodyId);
            DraftAmendment a = locked(bodyId, number);
            if (a.action() != Amendment.Action.REPLACE && a.action() != Amendment.Action.INSERT) {
                throw new CommissionRefusal("amendment " + number + ": it " + CommissionDesk.code(a.action())
                        + "s an article and has no wording; a change recommendation changes a wording");
            }
            if (a.meetingId() != null) {
                throw new CommissionRefusal("amendment " + number + ": put to the vote already; a change recommendation is made before the vote");
            }
            lapsedBy(a, store.ofBody(bodyId)).ifPresent(adopted -> {
                throw lapsed(a, adopted);
            });
            store.recommend(bodyId, number, new DraftAmendment.Recommendation(text, blankToNull(reason), by, at));
            events.publish(new ChangeRecommended(bodyId, number, blankToNull(reason), at, by));
            return amendment(bodyId, number);
        });
    }

    /**
     * Sets the order in which the competing amendments to one article are voted, first voted first (e.g. the one
     * furthest from the current text first): {@code order} lists every amendment to that article not yet put to the
     * vote, each once; those voted already keep their place before them.
     */
    public List<String> setOrder(String bodyId, String charterId, String versionId, String article, List<String> order, LocalDate day,
                                 String by) {
        if (article == null || article.isBlank()) throw new BadInputException("field article: missing");
        if (order == null || order.isEmpty()) throw new BadInputException("field order: missing; the amendments' numbers, first voted first");
        runner(bodyId, day, by, "sets the voting order");
        Instant at = clock.instant();
        return work.call(() -> {
            store.lockBody(bodyId);
            List<DraftAmendment> all = store.ofBody(bodyId);
            List<DraftAmendment> toArticle = all.stream().filter(a -> a.charterId().equals(charterId) && a.versionId().equals(versionId)
                    && a.article().equals(article.strip())).toList();
            List<String> open = toArticle.stream().filter(a -> a.meetingId() == null && lapsedBy(a, all).isEmpty())
                    .map(DraftAmendment::number).toList();
            List<String> given = order.stream().map(String::strip).toList();
            if (given.size() != new java.util.HashSet<>(given).size() || !new java.util.HashSet<>(given).equals(new java.util.HashSet<>(open))) {
                throw new CommissionRefusal("field order: " + given + " must list each amendment to article " + article.strip() + " of version "
                        + versionId + " not yet put to the vote once: " + open + " (rule: voting order)");
            }
            int after = toArticle.stream().filter(a -> a.meetingId() != null).map(a -> a.voteOrder() == null ? 0 : a.voteOrder())
                    .max(Integer::compare).orElse(0);
            java.util.Map<String, Integer> places = new java.util.LinkedHashMap<>();
            for (int i = 0; i < given.size(); i++) places.put(given.get(i), after + i + 1);
            store.order(bodyId, places);
            events.publish(new VotingOrderSet(bodyId, charterId, versionId, article.strip(), given, at, by));
            return given;
        });
    }

    /**
     * Puts an amendment to the vote as a poll (decision amendment, so the body's majority for amendments) of
     * an open meeting of the same body; once only. {@code wording} says what is voted: the recommended wording
     * (the default when there is a recommendation) or the original. Competing amendments to one article are
     * voted in the order the body set, and none once one of them is adopted (it lapsed).
     */
    public Poll putToTheVote(String bodyId, String number, String meetingId, Poll.Kind kind, DraftAmendment.Wording wording, String by) {
        if (meetingId == null || meetingId.isBlank()) throw new BadInputException("field meeting: missing");
        return work.call(() -> {
            store.lockBody(bodyId);
            DraftAmendment a = locked(bodyId, number);
            if (a.meetingId() != null) {
                throw new CommissionRefusal("amendment " + number + ": put to the vote already (meeting " + a.meetingId() + ", poll "
                        + a.pollId() + "); an amendment is voted once");
            }
            DraftAmendment.Wording voted = wording != null ? wording
                    : a.recommendation() != null ? DraftAmendment.Wording.RECOMMENDED : DraftAmendment.Wording.ORIGINAL;
            if (voted == DraftAmendment.Wording.RECOMMENDED && a.recommendation() == null) {
                throw new CommissionRefusal("field wording: amendment " + number + " has no change recommendation; the original wording is voted");
            }
            checkOrder(a, store.ofBody(bodyId));
            Meeting m = desk.meeting(meetingId);
            if (!m.body().id().equals(bodyId)) {
                throw new CommissionRefusal("amendment " + number + ": meeting " + meetingId + " is of another body; a body votes on its own amendments");
            }
            Poll p = desk.open(meetingId, kind, BodyRules.DecisionKind.AMENDMENT, by);
            store.linkPoll(bodyId, number, meetingId, p.id(), voted);
            return p;
        });
    }

    public Poll putToTheVote(String bodyId, String number, String meetingId, Poll.Kind kind, String by) {
        return putToTheVote(bodyId, number, meetingId, kind, null, by);
    }

    /** The voting order among competing amendments: refused with the rule named when {@code a} is out of it. */
    private static void checkOrder(DraftAmendment a, List<DraftAmendment> all) {
        lapsedBy(a, all).ifPresent(adopted -> {
            throw lapsed(a, adopted);
        });
        List<DraftAmendment> competing = all.stream().filter(a::competesWith).toList();
        if (competing.isEmpty()) return;
        List<String> unordered = new ArrayList<>();
        if (a.voteOrder() == null) unordered.add(a.number());
        competing.stream().filter(c -> c.meetingId() == null && c.voteOrder() == null).forEach(c -> unordered.add(c.number()));
        if (!unordered.isEmpty()) {
            throw new CommissionRefusal("amendment " + a.number() + ": competing amendments to article " + a.article() + " ("
                    + a.number() + ", " + String.join(", ", competing.stream().map(DraftAmendment::number).toList())
                    + ") are voted in the order the body sets; none set for " + String.join(", ", unordered) + " (rule: voting order)");
        }
        for (DraftAmendment c : competing) {
            boolean before = c.voteOrder() == null ? c.meetingId() != null : c.voteOrder() < a.voteOrder();
            if (before && !c.decided()) {
                throw new CommissionRefusal("amendment " + a.number() + ": " + c.number() + " comes before it in the order the body set for article "
                        + a.article() + " and is not decided yet (rule: voting order)");
            }
        }
    }

    /** The adopted amendment that makes {@code a} lapse: a competing one adopted while {@code a} was not voted. */
    public static java.util.Optional<String> lapsedBy(DraftAmendment a, List<DraftAmendment> all) {
        if (a.meetingId() != null) return java.util.Optional.empty();
        return all.stream().filter(a::competesWith).filter(DraftAmendment::adopted).map(DraftAmendment::number).findFirst();
    }

    private static CommissionRefusal lapsed(DraftAmendment a, String adopted) {
        return new CommissionRefusal("amendment " + a.number() + ": lapsed; " + adopted + " to article " + a.article()
                + " was adopted and competing amendments to one article conflict (rule: one amendment per article)");
    }

    private DraftAmendment locked(String bodyId, String number) {
        return store.lock(bodyId, number).orElseThrow(() -> new NotFoundException("body " + bodyId + " has no amendment " + number));
    }

    private void runner(String bodyId, LocalDate day, String by, String what) {
        Role role = desk.body(bodyId).seat(by, day).map(Membership::role).orElse(null);
        if (role == null || !role.runsMeetings()) throw new CommissionRefusal("body " + bodyId + ": only its secretary or chair " + what);
    }

    /**
     * A poll was closed: if it decided an amendment, the decision is told ({@link AmendmentDecided}, for the public
     * record), and if it adopted one that cites proposals, each proposal not yet answered is answered with a public
     * reason in its own language, in the same unit of work: accepted, or partly accepted when the vote was on the
     * recommended wording or the amendment answers only part of them.
     */
    public void pollClosed(PollClosed closed) {
        store.byPoll(closed.meetingId(), closed.pollId()).ifPresent(a -> {
            List<DraftAmendment> all = store.ofBody(a.bodyId());
            boolean adopted = "adopted".equals(closed.outcome());
            List<String> lapsed = adopted ? all.stream().filter(a::competesWith).filter(c -> c.meetingId() == null)
                    .map(DraftAmendment::number).toList() : List.of();
            boolean partly = a.voted() == DraftAmendment.Wording.RECOMMENDED || a.answersInPart();
            Outcome answer = !adopted || !a.answersProposals() ? null : partly ? Outcome.PARTLY_ACCEPTED : Outcome.ACCEPTED;
            int throughClusters = answer == null ? 0 : answer(a, answer, closed);
            String wording = a.votedText();
            events.publish(new AmendmentDecided(a.bodyId(), a.number(), a.charterId(), a.versionId(), CommissionDesk.code(a.action()),
                    a.article(), a.after(), a.to(), CommissionDesk.code(a.voted() == null ? DraftAmendment.Wording.ORIGINAL : a.voted()), wording == null ? null : sha256(wording),
                    a.consultationId(), a.proposals(), a.clusters().stream().map(DraftAmendment.CitedCluster::id).toList(), throughClusters,
                    answer == null ? null : answer.code(), lapsed, closed.meetingId(), closed.pollId(),
                    closed.outcome(), closed.forVotes(), closed.against(), closed.abstain(), closed.needed(), closed.arithmetic(),
                    clock.instant()));
        });
    }

    /**
     * Answers the proposals the adopted amendment cites, then every member of its cited clusters (as the clusters are now:
     * kept since cited, so only people moved members), each once and only if not answered yet; returns how many were
     * answered through the clusters, which are kept as the proposals the amendment answered.
     */
    private int answer(DraftAmendment a, Outcome outcome, PollClosed closed) {
        Body body = desk.body(a.bodyId());
        // The body's title per language, read once: a cluster may bring thousands of proposals in a few languages.
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        java.util.function.Function<String, String> title = lang -> titles.computeIfAbsent(lang, l -> desk.title(body, l));
        java.util.Set<ReferenceNumber> seen = new java.util.HashSet<>();
        for (String s : a.proposals()) {
            ReferenceNumber ref = ReferenceNumber.parse("proposals", s);
            seen.add(ref);
            answer(a, ref, outcome, closed, title, null);
        }
        int through = 0;
        for (DraftAmendment.CitedCluster c : a.clusters()) {
            List<String> answered = new ArrayList<>();
            for (int offset = 0; ; offset += PAGE) {
                List<ReferenceNumber> page = topics.members(a.consultationId(), c.id(), offset, PAGE);
                for (ReferenceNumber ref : page) {
                    if (seen.add(ref) && answer(a, ref, outcome, closed, title, c)) answered.add(ref.toString());
                }
                if (page.size() < PAGE) break;
            }
            store.answeredThrough(a.bodyId(), a.number(), a.consultationId(), c.id(), answered);
            through += answered.size();
        }
        return through;
    }

    /** Answers one proposal unless it is answered already; {@code cluster} when it is answered as a member of one. */
    private boolean answer(DraftAmendment a, ReferenceNumber ref, Outcome outcome, PollClosed closed,
                           java.util.function.Function<String, String> title, DraftAmendment.CitedCluster cluster) {
        Proposal p = consultations.proposal(a.consultationId(), ref);
        if (p.answered()) return false;
        String lang = p.language().name().toLowerCase(java.util.Locale.ROOT);
        if (p.status() == ProposalStatus.RECEIVED) {
            proposals.changeStatus(a.consultationId(), ref, new StatusRequest(ProposalStatus.REGISTERED, null, null,
                    AnswerTexts.registered(lang)), closed.by());
        }
        String reason = outcome == Outcome.PARTLY_ACCEPTED ? AnswerTexts.partlyAccepted(lang, a, title.apply(lang), closed)
                : AnswerTexts.accepted(lang, a, title.apply(lang), closed);
        if (cluster != null) reason = reason + " " + AnswerTexts.throughCluster(lang, cluster);
        proposals.changeStatus(a.consultationId(), ref, new StatusRequest(ProposalStatus.ANSWERED, outcome, null, reason), closed.by());
        return true;
    }

    /** SHA-256 of the text in UTF-8, lower-case hex: how the record pins a wording without copying it. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Consolidates the body's adopted amendments to {@code baseVersion} into a new draft version
     * {@code newVersion} of the charter (the body's secretary or chair). Two adopted amendments to one
     * article, an insertion after a repealed article and the like are refused with the rule named: nothing
     * is stored.
     */
    public VersionSummary consolidate(String bodyId, String charterId, String baseVersion, String newVersion, LocalDate date,
                                      String title, LocalDate day, String by) {
        if (newVersion == null || newVersion.isBlank()) throw new BadInputException("field id: missing; the new version's id");
        if (date == null) throw new BadInputException("field date: missing");
        if (title != null && title.length() > CommissionDesk.MAX_TEXT) throw new BadInputException("field title: longer than " + CommissionDesk.MAX_TEXT);
        Body body = desk.body(bodyId);
        Role role = body.seat(by, day).map(Membership::role).orElse(null);
        if (role == null || !role.runsMeetings()) {
            throw new CommissionRefusal("body " + bodyId + ": only its secretary or chair consolidates the adopted amendments");
        }
        CharterVersion base = version(charterId, baseVersion);
        List<DraftAmendment> adopted = store.ofBody(bodyId).stream()
                .filter(a -> a.charterId().equals(charterId) && a.versionId().equals(baseVersion) && a.adopted()).toList();
        if (adopted.isEmpty()) {
            throw new CommissionRefusal("body " + bodyId + ": no adopted amendment to version " + baseVersion + " of charter " + charterId
                    + "; a draft is made from adopted amendments");
        }
        List<String> numbers = adopted.stream().map(DraftAmendment::number).toList();
        Instant at = clock.instant();
        return work.call(() -> {
            VersionSummary made = charters.consolidate(charterId, baseVersion, new VersionSummary(charterId, newVersion.strip(), date,
                    base.summary().language(), VersionStatus.DRAFT, title, "commission " + bodyId + ": amendments " + String.join(", ", numbers),
                    0), adopted.stream().map(DraftAmendment::amendment).toList(), by);
            store.recordDraft(charterId, made.id(), bodyId, baseVersion, numbers, by, at);
            events.publish(new DraftConsolidated(bodyId, charterId, baseVersion, made.id(), numbers, at, by));
            return made;
        });
    }

    /** The draft versions the body consolidated, oldest first. */
    public List<AmendmentStore.Draft> drafts(String bodyId) {
        return store.drafts(bodyId);
    }

    /** The amendments behind an article of a draft version (by its number in the draft); empty for any other. */
    public List<DraftAmendment> behind(String charterId, String versionId, String articleNumber) {
        return store.draftAmendments(charterId, versionId).stream()
                .filter(a -> a.resultingArticle().equals(articleNumber) || a.article().equals(articleNumber)).toList();
    }

    /** The amendments citing a topical cluster, in the order drafted. */
    public List<DraftAmendment> citingCluster(String consultationId, long clusterId) {
        return store.citingCluster(consultationId, clusterId);
    }

    /** The draft articles a proposal changed: the adopted amendments citing it, each with its draft version. */
    public List<AmendmentStore.InDraft> changedBy(String consultationId, String reference) {
        return store.citing(consultationId, reference);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
