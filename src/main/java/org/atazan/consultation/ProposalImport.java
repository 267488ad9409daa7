package org.atazan.consultation;

import org.atazan.consultation.imports.ImportMapping;
import org.atazan.consultation.imports.RecordSource;
import org.atazan.consultation.imports.SourceRecord;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk imports from other channels (the national portals): proposals, and answers to them. Each row is
 * keyed by its channel and external id, so importing the same file again changes nothing (its rows are
 * reported unchanged) and an import never overwrites what was stored. All or nothing by default: the
 * first bad row refuses the file, naming its line and field; or skip-invalid, with a bounded report.
 * The whole file is read and checked before anything is stored, in one unit of work.
 */
public final class ProposalImport {
    private static final Pattern FIELD = Pattern.compile("^field ([A-Za-z_]+): (.*)$", Pattern.DOTALL);

    private final ConsultationStore store;
    private final ConsultationRegistry registry;
    private final ProposalDesk desk;
    private final UnitOfWork work;
    private final DomainEvents events;
    private final Clock clock;
    private final ImportLimits limits;

    public ProposalImport(ConsultationStore store, ConsultationRegistry registry, ProposalDesk desk, UnitOfWork work,
                          DomainEvents events, Clock clock, ImportLimits limits) {
        this.store = store;
        this.registry = registry;
        this.desk = desk;
        this.work = work;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
    }

    /** A row not accepted: the field (the platform's name) and why. */
    private static final class Refused extends Exception {
        final String field;
        final String kind;

        Refused(String field, String kind, String message) {
            super(message, null, false, false);
            this.field = field;
            this.kind = kind;
        }
    }

    private record Candidate(long line, Proposal proposal, List<StatusChange> history) {
    }

    /** Imports proposals; see the class comment for the rules. */
    public ImportReport proposals(ImportRequest r, InputStream in) {
        Consultation c = registry.consultation(r.consultationId());
        if (r.channel() == Channel.PLATFORM) throw new BadInputException("field channel: an import comes from another channel than the platform");
        Set<String> articles = registry.articlesOf(c);
        SkippedRows skipped = new SkippedRows(limits.reportedRows());
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        long read = 0;
        Instant now = desk.now();
        try (RecordSource rows = RecordSource.open(in, r.format(), r.mapping(), limits, r.file())) {
            for (SourceRecord row; (row = rows.next()) != null; ) {
                read++;
                try {
                    Candidate cand = proposal(c, articles, row, r, now);
                    Long first = firstLine.putIfAbsent(cand.proposal().externalId(), row.line());
                    if (first != null) throw new Refused("external_id", "external id repeated in the file", "repeated; first on line " + first);
                    candidates.add(cand);
                } catch (Refused e) {
                    refuse(r, skipped, row.line(), e);
                }
            }
        }
        long readRows = read;
        return work.call(() -> {
            Map<String, Proposal> existing = store.byExternalIds(c.id(), r.channel(),
                    candidates.stream().map(x -> x.proposal().externalId()).toList());
            List<Candidate> fresh = new ArrayList<>();
            int unchanged = 0;
            for (Candidate cand : candidates) {
                Proposal before = existing.get(cand.proposal().externalId());
                if (before == null) {
                    fresh.add(cand);
                    continue;
                }
                String differs = firstDifference(before, cand.proposal());
                if (differs == null) {
                    unchanged++;
                } else {
                    refuse(r, skipped, cand.line(), new Refused(differs, "imported before with other content",
                            "external id " + Codes.shorten(cand.proposal().externalId()) + " was imported before as " + before.reference()
                                    + " with another " + differs + "; an import never overwrites"));
                }
            }
            List<ImportedProposal> numbered = number(c, fresh);
            store.insertImported(numbered);
            List<Proposal> added = numbered.stream().map(ImportedProposal::proposal).toList();
            String digest = ProposalsImported.digest(added);
            events.publish(new ProposalsImported(c.id(), r.channel().code(), r.file(), added.size(), unchanged, skipped.total(),
                    digest, r.by(), now));
            return report(r, readRows, added.size(), unchanged, skipped, digest);
        });
    }

    /** Imports answers (status changes with their public reasons) to proposals already stored. */
    public ImportReport answers(ImportRequest r, InputStream in) {
        Consultation c = registry.consultation(r.consultationId());
        SkippedRows skipped = new SkippedRows(limits.reportedRows());
        record Answer(long line, ReferenceNumber reference, String externalId, StatusRequest request) {
        }
        List<Answer> answers = new ArrayList<>();
        long read = 0;
        try (RecordSource rows = RecordSource.open(in, r.format(), r.mapping(), limits, r.file())) {
            for (SourceRecord row; (row = rows.next()) != null; ) {
                read++;
                ImportMapping m = r.mapping();
                String field = "reference";
                try {
                    String ref = m.answerValue(row, "reference");
                    field = "external_id";
                    String ext = TextBounds.line("external_id", m.answerValue(row, "external_id"), TextBounds.EXTERNAL_ID);
                    if (ref == null && ext.isEmpty()) throw new BadInputException("field reference: neither a reference nor an external id");
                    ReferenceNumber reference = ref == null ? null : ReferenceNumber.parse("reference", ref);
                    field = "status";
                    String status = m.answerValue(row, "status");
                    String outcome = m.answerValue(row, "outcome");
                    String merged = m.answerValue(row, "merged_into");
                    StatusRequest req = new StatusRequest(status == null ? null : ProposalStatus.of("status", status),
                            outcome == null ? null : Outcome.of("outcome", outcome),
                            merged == null ? null : ReferenceNumber.parse("merged_into", merged), m.answerValue(row, "reason"));
                    answers.add(new Answer(row.line(), reference, ext.isEmpty() ? null : ext, req));
                } catch (BadInputException e) {
                    refuse(r, skipped, row.line(), refused(field, e));
                }
            }
        }
        long readRows = read;
        return work.call(() -> {
            Map<String, Proposal> byExternal = store.byExternalIds(c.id(), r.channel(),
                    answers.stream().map(Answer::externalId).filter(Objects::nonNull).distinct().toList());
            List<ReferenceNumber> refs = new ArrayList<>();
            for (Answer a : answers) {
                if (a.reference() != null) refs.add(a.reference());
                else if (byExternal.containsKey(a.externalId())) refs.add(byExternal.get(a.externalId()).reference());
            }
            Map<ReferenceNumber, Proposal> current = new HashMap<>();
            for (Proposal p : store.lock(c.id(), refs.stream().distinct().toList())) current.put(p.reference(), p);
            int added = 0;
            int unchanged = 0;
            Instant at = desk.now();
            for (Answer a : answers) {
                Proposal p = a.reference() != null ? current.get(a.reference())
                        : byExternal.containsKey(a.externalId()) ? current.get(byExternal.get(a.externalId()).reference()) : null;
                if (p == null) {
                    String what = a.reference() != null ? a.reference().toString() : "external id " + Codes.shorten(a.externalId());
                    refuse(r, skipped, a.line(), new Refused(a.reference() != null ? "reference" : "external_id", "no such proposal",
                            "no proposal " + what + " in '" + c.id() + "'" + (a.reference() != null ? "" : " from " + r.channel().code())));
                    continue;
                }
                StatusRequest q = a.request();
                // A step the proposal has passed already (the same file again, or an older export) changes nothing;
                // a different answer to an answered proposal is refused by the status machine below.
                boolean passed = q.to() != ProposalStatus.ANSWERED && p.status().ordinal() >= q.to().ordinal();
                boolean sameAnswer = q.to() == ProposalStatus.ANSWERED && p.answered() && p.outcome() == q.outcome()
                        && Objects.equals(p.mergedInto(), q.mergedInto()) && p.answer().equals(q.reason());
                if (passed || sameAnswer) {
                    unchanged++;
                    continue;
                }
                BulkAction action = new BulkAction.ChangeStatus(q);
                Proposal changed;
                try {
                    changed = desk.apply(c, p, action, current, at);
                } catch (BadInputException e) {
                    refuse(r, skipped, a.line(), refused("status", e));
                    continue;
                }
                desk.record(changed, p, action, r.by(), at);
                current.put(changed.reference(), changed);
                added++;
            }
            return report(r, readRows, added, unchanged, skipped, null);
        });
    }

    private Candidate proposal(Consultation c, Set<String> articles, SourceRecord row, ImportRequest r, Instant now) throws Refused {
        ImportMapping m = r.mapping();
        String field = "external_id";
        try {
            String externalId = TextBounds.line("external_id", m.proposalValue(row, "external_id"), TextBounds.EXTERNAL_ID);
            if (externalId.isEmpty()) throw new BadInputException("field external_id: missing; every row needs the channel's id");
            field = "received_at";
            Instant received = receivedAt(m, m.proposalValue(row, "received_at"), now);
            field = "article";
            String article = m.proposalValue(row, "article");
            article = article == null || article.strip().equalsIgnoreCase("whole") ? null : article.strip();
            if (article != null && !articles.contains(article)) {
                throw new BadInputException("field article: version '" + c.versionId() + "' of charter '" + c.charterId()
                        + "' has no article '" + Codes.shorten(article) + "'");
            }
            field = "kind";
            ProposalKind kind = ProposalKind.of("kind", m.proposalValue(row, "kind"));
            field = "wording";
            String wording = TextBounds.required("wording", m.proposalValue(row, "wording"), TextBounds.WORDING);
            SpamRule.check("wording", wording);
            field = "reasons";
            String reasons = TextBounds.optional("reasons", m.proposalValue(row, "reasons"), TextBounds.REASONS);
            SpamRule.check("reasons", reasons);
            field = "language";
            String lang = m.proposalValue(row, "language");
            Language language = lang != null ? Language.of("language", lang) : LanguageDetector.detect(wording + " " + reasons)
                    .orElseThrow(() -> new BadInputException("field language: missing, and the text does not tell; give kk, ru or en"));
            field = "region";
            String region = TextBounds.line("region", m.proposalValue(row, "region"), TextBounds.REGION);
            field = "display_name";
            Author author = new Author(null, m.proposalValue(row, "display_name"), region, false);
            field = "status";
            String s = m.proposalValue(row, "status");
            ProposalStatus status = s == null ? ProposalStatus.RECEIVED : ProposalStatus.of("status", s);
            field = "outcome";
            String o = m.proposalValue(row, "outcome");
            Outcome outcome = o == null ? null : Outcome.of("outcome", o);
            if (outcome == Outcome.MERGED) {
                throw new BadInputException("field outcome: 'merged' names another proposal; import it in an answers file");
            }
            if (outcome != null && status != ProposalStatus.ANSWERED) throw new BadInputException("field outcome: only an answer has an outcome");
            field = "answer";
            String answer = m.proposalValue(row, "answer");
            if (status == ProposalStatus.ANSWERED && outcome == null) throw new BadInputException("field outcome: an answer needs an outcome");
            if (status == ProposalStatus.ANSWERED && (answer == null || answer.isBlank())) {
                throw new BadInputException("field answer: an answered proposal needs its public answer");
            }
            if (status != ProposalStatus.ANSWERED && answer != null) throw new BadInputException("field answer: only an answered proposal has one");
            answer = TextBounds.optional("answer", answer, TextBounds.PUBLIC_REASON);
            return candidate(c, row.line(), externalId, received, article, kind, wording, reasons, language, author, status,
                    outcome, answer, r.channel(), now);
        } catch (BadInputException e) {
            throw refused(field, e);
        }
    }

    private Candidate candidate(Consultation c, long line, String externalId, Instant received, String article, ProposalKind kind,
                                String wording, String reasons, Language language, Author author, ProposalStatus status,
                                Outcome outcome, String answer, Channel channel, Instant now) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(ProposalStatus.RECEIVED, null, null, "received through " + channel.code(), received, null));
        LocalDate registered = null;
        LocalDate due = null;
        if (status != ProposalStatus.RECEIVED) {
            registered = received.atZone(clock.getZone()).toLocalDate();
            due = Deadline.due(registry.calendar(c), registered, c.deadlineDays());
            history.add(new StatusChange(ProposalStatus.REGISTERED, null, null, "registered by " + channel.code(), received, null));
        }
        if (status == ProposalStatus.UNDER_REVIEW) {
            history.add(new StatusChange(ProposalStatus.UNDER_REVIEW, null, null, "under review at " + channel.code(), received, null));
        }
        if (status == ProposalStatus.ANSWERED) history.add(new StatusChange(ProposalStatus.ANSWERED, outcome, null, answer, now, null));
        Proposal p = new Proposal(0, c.id(), null, article, kind, wording, reasons, language, channel, externalId, author, status,
                outcome, null, answer, received, registered, due, null, 0, null);
        return new Candidate(line, p, history);
    }

    /** Numbers new proposals per year of reception, in the order they were received (then file order). */
    private List<ImportedProposal> number(Consultation c, List<Candidate> fresh) {
        Map<Integer, List<Candidate>> byYear = new TreeMap<>();
        for (Candidate x : fresh) {
            byYear.computeIfAbsent(x.proposal().receivedAt().atZone(clock.getZone()).getYear(), y -> new ArrayList<>()).add(x);
        }
        List<ImportedProposal> out = new ArrayList<>(fresh.size());
        byYear.forEach((year, list) -> {
            list.sort(Comparator.comparing((Candidate x) -> x.proposal().receivedAt()).thenComparingLong(Candidate::line));
            long seq = store.nextSequences(c.id(), year, list.size());
            for (Candidate x : list) {
                Proposal p = x.proposal();
                out.add(new ImportedProposal(new Proposal(0, p.consultationId(), new ReferenceNumber(year, seq++), p.article(), p.kind(),
                        p.wording(), p.reasons(), p.language(), p.channel(), p.externalId(), p.author(), p.status(), p.outcome(),
                        null, p.answer(), p.receivedAt(), p.registeredOn(), p.due(), null, 0, null), x.history()));
            }
        });
        return out;
    }

    private Instant receivedAt(ImportMapping m, String v, Instant now) {
        if (v == null) throw new BadInputException("field received_at: missing; when the channel received it");
        String s = v.strip();
        ZoneId zone = clock.getZone();
        Instant at;
        try {
            if (m.dates() != null) {
                at = LocalDateTime.parse(s, m.dates()).atZone(zone).toInstant();
            } else if (s.length() <= 10) {
                at = LocalDate.parse(s).atStartOfDay(zone).toInstant();
            } else if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                at = OffsetDateTime.parse(s).toInstant();
            } else {
                at = LocalDateTime.parse(s.replaceFirst("^(\\d{4}-\\d\\d-\\d\\d) ", "$1T")).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new BadInputException("field received_at: '" + Codes.shorten(s) + "' is not a date and time such as "
                    + (m.dates() != null ? m.datePattern() : "2026-02-03T10:15:00+05:00"));
        }
        if (at.isAfter(now)) throw new BadInputException("field received_at: " + s + " is in the future");
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The first field in which a stored proposal differs from the row that would import it again, or null. */
    private static String firstDifference(Proposal a, Proposal b) {
        if (!Objects.equals(a.article(), b.article())) return "article";
        if (a.kind() != b.kind()) return "kind";
        if (!a.wording().equals(b.wording())) return "wording";
        if (!a.reasons().equals(b.reasons())) return "reasons";
        if (a.language() != b.language()) return "language";
        if (!a.receivedAt().equals(b.receivedAt())) return "received_at";
        if (!a.author().region().equals(b.author().region())) return "region";
        if (!a.author().displayName().equals(b.author().displayName())) return "display_name";
        return null;
    }

    private static Refused refused(String field, BadInputException e) {
        Matcher m = FIELD.matcher(e.getMessage());
        String f = m.matches() ? m.group(1) : field;
        String why = m.matches() ? m.group(2) : e.getMessage();
        return new Refused(f, "field " + f + " not accepted", why);
    }

    /** All or nothing: the first refusal refuses the file. Skip-invalid: counted and, while few, listed. */
    private void refuse(ImportRequest r, SkippedRows skipped, long line, Refused e) {
        String column = r.mapping().columns().getOrDefault(e.field, r.mapping().answerColumns().get(e.field));
        RowIssue issue = new RowIssue(line, e.field, column == null || column.isEmpty() ? e.field : column, e.getMessage());
        if (r.mode() == ImportMode.ALL_OR_NOTHING) {
            throw new BadInputException(issue.message(r.file()) + "; nothing was imported (mode all-or-nothing)");
        }
        skipped.add(issue, e.kind);
    }

    private static ImportReport report(ImportRequest r, long read, int added, int unchanged, SkippedRows skipped, String digest) {
        return new ImportReport(r.file(), r.mapping().name(), r.mode().code(), read, added, unchanged, skipped.first(),
                skipped.total(), new LinkedHashMap<>(skipped.byReason()), skipped.truncated(), digest);
    }
}
