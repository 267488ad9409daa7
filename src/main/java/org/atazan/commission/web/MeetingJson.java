package org.atazan.commission.web;

import org.atazan.commission.Body;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.Meeting;
import org.atazan.commission.Membership;
import org.atazan.commission.Poll;
import org.atazan.commission.PollResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A meeting as the public reads it: no accounts, members by their public names. A poll's counts appear
 * once it is closed (while a secret poll is open, counts moving after each ballot would tell who chose
 * what); a named poll then lists each member's choice, a secret poll only the counts.
 */
record MeetingJson(String id, String bodyId, String bodyName, LocalDate date, String place, String state,
                   List<ItemJson> agenda, Integer currentItem, int members, int present, List<String> speakers,
                   List<PollJson> polls) {

    record ItemJson(int position, String title, String reference, boolean current) {
    }

    record VoteJson(String name, String choice) {
    }

    record ResultJson(int forVotes, int against, int abstain, int members, int present, int quorum, String majorityBase,
                      int base, int needed, String outcome, String arithmetic) {
        static ResultJson of(PollResult r) {
            return new ResultJson(r.tally().forVotes(), r.tally().against(), r.tally().abstain(), r.members(), r.present(),
                    r.quorum(), CommissionDesk.code(r.majority().base()), r.base(), r.needed(), CommissionDesk.code(r.outcome()),
                    r.arithmetic());
        }
    }

    record PollJson(String id, String kind, String decision, boolean closed, int voted, ResultJson result, List<VoteJson> votes) {
        static PollJson of(Poll p, Body body, LocalDate day) {
            List<VoteJson> votes = null;
            if (p.closed() && p.kind() == Poll.Kind.NAMED) {
                votes = new ArrayList<>();
                for (Map.Entry<String, Poll.Choice> e : p.namedVotes().entrySet()) {
                    votes.add(new VoteJson(publicName(body, e.getKey(), day), CommissionDesk.code(e.getValue())));
                }
                votes.sort(Comparator.comparing(VoteJson::name));
            }
            int voted = p.kind() == Poll.Kind.ANALOG ? p.counts().cast() : p.voters().size();
            return new PollJson(p.id(), CommissionDesk.code(p.kind()), CommissionDesk.code(p.decision()), p.closed(), voted,
                    p.closed() ? ResultJson.of(p.result()) : null, votes);
        }
    }

    static MeetingJson of(Meeting m) {
        Body body = m.body();
        List<ItemJson> agenda = new ArrayList<>();
        List<Meeting.Item> items = m.agenda();
        for (int i = 0; i < items.size(); i++) {
            agenda.add(new ItemJson(i + 1, items.get(i).title(), items.get(i).reference(), i == m.currentIndex()));
        }
        return new MeetingJson(m.id(), body.id(), body.name(), m.date(), m.place(), CommissionDesk.code(m.state()), agenda,
                m.currentItem() == null ? null : m.currentIndex() + 1, m.members(), m.present().size(),
                m.speakers().stream().map(a -> publicName(body, a, m.date())).toList(),
                m.pollsInOrder().stream().map(p -> PollJson.of(p, body, m.date())).toList());
    }

    static String publicName(Body body, String account, LocalDate day) {
        return body.seat(account, day).map(Membership::name).orElse("?");
    }
}
