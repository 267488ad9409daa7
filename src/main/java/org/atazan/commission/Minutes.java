package org.atazan.commission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A meeting's minutes, written from what was recorded and nothing else: who was present, each agenda item
 * with who took the floor and the polls taken on it, each poll with its arithmetic; a named poll lists
 * who chose what, a secret poll only who voted. Members appear by their public names, never accounts.
 * Pages and the PDF render it in the reader's language; {@link #canonicalText()} is the one text the
 * approval's digest is taken of, the same whatever the language or the renderer.
 *
 * @param sections the part before the first item (position 0, only if something happened there), then
 *                 every agenda item (position 1, 2, …)
 * @param approval null while the minutes are a draft
 */
public record Minutes(String meetingId, String bodyId, String bodyName, LocalDate date, String place, int members,
                      List<String> present, List<Section> sections, MinutesApproval approval) {

    public record Section(int position, String title, String reference, List<String> speakers, List<PollMinutes> polls) {
    }

    /** A poll as minuted: {@code named} (public name and choice) for a named poll, {@code voters} for a secret one. */
    public record PollMinutes(String id, Poll.Kind kind, BodyRules.DecisionKind decision, PollResult result,
                              List<NamedVote> named, List<String> voters) {
    }

    public record NamedVote(String name, Poll.Choice choice) {
    }

    /** Who took the floor on which item (-1: before the first), in order. */
    public record Speech(int item, String member) {
    }

    public boolean approved() {
        return approval != null;
    }

    /**
     * The minutes of a closed meeting. {@code pollItems}: the agenda index each poll was taken on (-1:
     * before the first item).
     */
    public static Minutes of(Meeting m, List<Speech> speeches, Map<String, Integer> pollItems, MinutesApproval approval) {
        Body body = m.body();
        List<Meeting.Item> agenda = m.agenda();
        List<Section> sections = new ArrayList<>();
        for (int i = -1; i < agenda.size(); i++) {
            final int item = i;
            List<String> speakers = speeches.stream().filter(s -> s.item() == item).map(s -> name(m, s.member())).toList();
            List<PollMinutes> polls = new ArrayList<>();
            for (Poll p : m.pollsInOrder()) {
                if (pollItems.getOrDefault(p.id(), -1) != item || !p.closed()) continue;
                List<NamedVote> named = p.kind() == Poll.Kind.NAMED ? p.namedVotes().entrySet().stream()
                        .map(e -> new NamedVote(name(m, e.getKey()), e.getValue()))
                        .sorted(Comparator.comparing(NamedVote::name)).toList() : List.of();
                List<String> voters = p.kind() == Poll.Kind.SECRET ? names(m, p.voters()) : List.of();
                polls.add(new PollMinutes(p.id(), p.kind(), p.decision(), p.result(), named, voters));
            }
            if (item < 0 && speakers.isEmpty() && polls.isEmpty()) continue;
            Meeting.Item it = item < 0 ? null : agenda.get(item);
            sections.add(new Section(item + 1, it == null ? "" : it.title(), it == null ? null : it.reference(), speakers, polls));
        }
        return new Minutes(m.id(), body.id(), body.name(), m.date(), m.place(), m.members(), names(m, m.present()),
                List.copyOf(sections), approval);
    }

    private static String name(Meeting m, String account) {
        return m.body().seat(account, m.date()).map(Membership::name).orElse("?");
    }

    private static List<String> names(Meeting m, Collection<String> accounts) {
        return accounts.stream().map(a -> name(m, a)).sorted().toList();
    }

    /**
     * The minutes as one plain text, line by line, codes in English and figures as digits: what the
     * approval's SHA-256 is taken of, so anyone can recompute it from the meeting's public data.
     */
    public String canonicalText() {
        StringBuilder t = new StringBuilder();
        t.append("minutes of meeting ").append(meetingId).append('\n');
        t.append("body: ").append(bodyId).append(" (").append(bodyName).append(")\n");
        t.append("date: ").append(date).append('\n');
        t.append("place: ").append(place).append('\n');
        t.append("present: ").append(present.size()).append(" of ").append(members).append('\n');
        for (String p : present) t.append("  ").append(p).append('\n');
        for (Section s : sections) {
            t.append(s.position() == 0 ? "before the agenda" : "item " + s.position() + ": " + s.title()
                    + (s.reference() == null ? "" : " (" + s.reference() + ")")).append('\n');
            for (String sp : s.speakers()) t.append("  spoke: ").append(sp).append('\n');
            for (PollMinutes p : s.polls()) {
                t.append("  poll ").append(p.id()).append(" (").append(CommissionDesk.code(p.kind())).append(", ")
                        .append(CommissionDesk.code(p.decision())).append("): ").append(p.result().tally().forVotes()).append(" for, ")
                        .append(p.result().tally().against()).append(" against, ").append(p.result().tally().abstain())
                        .append(" abstaining; ").append(p.result().arithmetic()).append('\n');
                for (NamedVote v : p.named()) t.append("    ").append(v.name()).append(": ").append(CommissionDesk.code(v.choice())).append('\n');
                for (String v : p.voters()) t.append("    voted: ").append(v).append('\n');
            }
        }
        return t.toString();
    }

    /** SHA-256 of {@link #canonicalText()} in UTF-8, hex. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
