package org.atazan.voting.web;

import org.atazan.voting.Question;
import org.atazan.voting.Referendum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A vote in the API: kind and rule as their codes ("referendum", "majority:50", "hare:5"). */
record VoteJson(String id, String kind, String title, LocalDate date, String rule, String country, boolean unitFiguresPublic,
                String source, List<Question> questions, Map<String, String> titles, boolean referendum) {

    static VoteJson of(Referendum r) {
        return new VoteJson(r.id(), r.kind().code(), r.title(), r.date(), r.rule().code(), r.country(), r.unitFiguresPublic(),
                r.source(), r.questions(), r.titles(), r.isReferendum());
    }
}
