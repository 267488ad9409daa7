package org.atazan.systematization.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.consultation.Author;
import org.atazan.consultation.Channel;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ImportedProposal;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.Language;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ProposalReaction;
import org.atazan.consultation.ProposalReactions;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ReactionStore;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.StatusChange;
import org.atazan.consultation.WorkingDays;
import org.atazan.platform.DemoDataSet;
import org.atazan.systematization.ConversationSource;
import org.atazan.systematization.ConversationSources;
import org.atazan.systematization.polis.PolisExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real Pol.is conversations of the shared data folder ({@code polis/}), each a consultation: its
 * statements become proposals by anonymous participants ("Participant 123"), its votes reactions, and
 * its source (name, address, licence, attribution) is kept to be shown with it. Reactions are written
 * with COPY. Skipped, with a log line, when the folder is absent.
 */
@Component
class PolisDemo implements DemoDataSet {
    private static final Logger log = LoggerFactory.getLogger(PolisDemo.class);
    static final String PREFIX = "polis-";
    static final String LICENCE = "CC BY 4.0";
    static final String ATTRIBUTION = "Data was gathered using the Polis software (compdemocracy.org/polis) and is sub-licensed"
            + " under CC BY 4.0 with Attribution to The Computational Democracy Project.";
    /** The case study of each conversation, as the data README gives them. */
    static final Map<String, String> CASE_STUDIES = Map.of(
            "american-assembly.bowling-green", "https://compdemocracy.org/case-studies/2018-kentucky",
            "canadian-electoral-reform", "https://compdemocracy.org/case-studies/2016-canadian-electoral-reform",
            "15-per-hour-seattle", "https://compdemocracy.org/case-studies/2014-seattle-15-per-hour",
            "brexit-consensus", "https://compdemocracy.org/case-studies/2017-brexit-consensus");
    private static final long SUMMARY_BYTES = 64 * 1024;

    private final ConsultationRegistry registry;
    private final ConsultationStore store;
    private final ProposalReactions reactions;
    private final ConversationSources sources;

    PolisDemo(ConsultationRegistry registry, ConsultationStore store, ProposalReactions reactions, ConversationSources sources) {
        this.registry = registry;
        this.store = store;
        this.reactions = reactions;
        this.sources = sources;
    }

    @Override
    public String name() {
        // After "charter-1": each conversation is a consultation on the 2026 text, about the whole of it.
        return "systematization-polis";
    }

    @Override
    public void load(Path sharedData) {
        Path root = sharedData.resolve("polis");
        if (!Files.isDirectory(root)) {
            log.info("Pol.is conversations not loaded: {} does not exist", root);
            return;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path folder : folders) {
            long start = System.nanoTime();
            int n = loadConversation(folder);
            log.info("Pol.is conversation '{}' loaded: {} reactions in {} ms", folder.getFileName(), n, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Loads one conversation; returns how many reactions it brought. */
    int loadConversation(Path folder) {
        long began = System.nanoTime();
        String name = folder.getFileName().toString();
        Map<String, String> summary = summary(folder.resolve("summary.csv"));
        List<PolisExport.Comment> comments = PolisExport.comments(folder, PolisExport.Limits.DEFAULT);
        PolisExport.Conversation conversation = PolisExport.read(folder, PolisExport.Limits.DEFAULT);
        String id = PREFIX + name;
        String topic = summary.getOrDefault("topic", name);
        Instant first = comments.stream().map(c -> Instant.ofEpochMilli(c.at())).min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant last = comments.stream().map(c -> Instant.ofEpochMilli(c.at())).max(Instant::compareTo).orElse(Instant.EPOCH);
        Consultation c = registry.open(new Consultation(id, "Pol.is: " + topic, "kz", "2026", Consultation.DEFAULT_DEADLINE_DAYS,
                LocalDate.ofInstant(first, ZoneOffset.UTC), WorkingDays.KAZAKHSTAN,
                Map.of("en", "Pol.is conversation: " + topic, "kk", "Pol.is пікірталасы: " + topic, "ru", "Обсуждение в Pol.is: " + topic)), "demo");
        sources.add(new ConversationSource(id, name, topic, summary.getOrDefault("url", ""), LICENCE, ATTRIBUTION,
                CASE_STUDIES.getOrDefault(name, "")));
        long read = System.nanoTime();
        Map<String, Long> proposalIds = insert(c, comments);
        long stored = System.nanoTime();
        List<ReactionStore.Imported> rows = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, conversation.reactions().reactions()));
        conversation.reactions().forEach((participant, statement, reaction) -> {
            Long proposal = proposalIds.get(statement);
            if (proposal != null) {
                rows.add(new ReactionStore.Imported(proposal, "polis:" + name + ":" + participant,
                        ProposalReaction.ofValue(reaction.value()), last));
            }
        });
        reactions.importAll(rows);
        log.info("Pol.is conversation '{}': read in {} ms, {} statements stored in {} ms, reactions in {} ms", name,
                (read - began) / 1_000_000, proposalIds.size(), (stored - read) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
        return rows.size();
    }

    /**
     * The statements as proposals, numbered per year in the order written, stored in batches; returns the
     * stored id of each statement.
     */
    private Map<String, Long> insert(Consultation c, List<PolisExport.Comment> comments) {
        List<PolisExport.Comment> ordered = new ArrayList<>(comments.stream().filter(x -> !x.text().isBlank()).toList());
        ordered.sort(java.util.Comparator.comparingLong(PolisExport.Comment::at).thenComparing(PolisExport.Comment::id));
        Map<Integer, Long> next = new HashMap<>();
        for (PolisExport.Comment comment : ordered) next.merge(year(comment), 1L, Long::sum);
        for (Map.Entry<Integer, Long> e : next.entrySet()) {
            e.setValue(store.nextSequences(c.id(), e.getKey(), Math.toIntExact(e.getValue())));
        }
        List<ImportedProposal> imported = new ArrayList<>(ordered.size());
        List<Proposal> hidden = new ArrayList<>();
        for (PolisExport.Comment comment : ordered) {
            Instant at = Instant.ofEpochMilli(comment.at());
            int year = year(comment);
            ReferenceNumber ref = new ReferenceNumber(year, next.merge(year, 1L, Long::sum) - 1);
            Author author = new Author(null, "Participant " + comment.authorId(), "", false);
            String wording = comment.text().length() > 10_000 ? comment.text().substring(0, 10_000) : comment.text();
            Proposal p = new Proposal(0, c.id(), ref, null, ProposalKind.OTHER, wording, "", Language.EN, Channel.OTHER,
                    "polis:" + comment.id(), author, ProposalStatus.RECEIVED, null, null, "", at, null, null, null, 0, null);
            imported.add(new ImportedProposal(p, List.of(new StatusChange(ProposalStatus.RECEIVED, null, null, "received through Pol.is", at, null))));
            if (comment.moderated() < 0) hidden.add(p);
        }
        store.insertImported(imported);
        Map<String, Long> ids = new HashMap<>();
        Map<String, Proposal> stored = store.byExternalIds(c.id(), Channel.OTHER, imported.stream().map(i -> i.proposal().externalId()).toList());
        for (Proposal p : stored.values()) ids.put(p.externalId().substring("polis:".length()), p.id());
        for (Proposal h : hidden) {
            Proposal p = stored.get(h.externalId());
            store.update(new Proposal(p.id(), p.consultationId(), p.reference(), p.article(), p.kind(), p.wording(), p.reasons(), p.language(),
                    p.channel(), p.externalId(), p.author(), p.status(), p.outcome(), p.mergedInto(), p.answer(), p.receivedAt(),
                    p.registeredOn(), p.due(), "Hidden by the moderator of the Pol.is conversation.", p.supports(), p.assignee()));
        }
        return ids;
    }

    private static int year(PolisExport.Comment comment) {
        return Instant.ofEpochMilli(comment.at()).atZone(ZoneOffset.UTC).getYear();
    }

    /** summary.csv: one "key,value" pair a line. */
    static Map<String, String> summary(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(file)) return out;
        try (var reader = Files.newBufferedReader(file)) {
            if (Files.size(file) > SUMMARY_BYTES) return out;
            for (CSVRecord r : CSVFormat.DEFAULT.parse(reader)) {
                if (r.size() >= 2) out.put(r.get(0).strip(), r.get(1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
