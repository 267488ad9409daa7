package org.atazan.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vote was created: what it asks, the rule it is judged by, who created it and when. */
public record VoteCreated(String referendum, String kind, String title, LocalDate date, String rule, String country,
                          List<Question> questions, String by, Instant at) implements VotingEvent {
    public VoteCreated {
        questions = List.copyOf(questions);
    }

    static VoteCreated of(Referendum r, String by, Instant at) {
        return new VoteCreated(r.id(), r.kind().code(), r.title(), r.date(), r.rule().code(), r.country(), r.questions(), by, at);
    }
}
