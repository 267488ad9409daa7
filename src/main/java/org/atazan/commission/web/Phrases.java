package org.atazan.commission.web;

import org.atazan.commission.BodyRules;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.Majority;
import org.atazan.commission.Minutes;
import org.atazan.commission.PollResult;
import org.atazan.commission.Threshold;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The commission's figures and rules in the reader's words (kk, ru, en), shared by the pages and the
 * minutes' PDF: dates as the reader writes them, numbers through the messages' own formats.
 */
@Component("commissionPhrases")
class Phrases {
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private final MessageSource messages;

    Phrases(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String date(LocalDate d, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
    }

    String date(Instant at, Locale locale) {
        return date(LocalDate.ofInstant(at, ZONE), locale);
    }

    /**
     * The arithmetic phrased in the reader's language from the result's own figures (the English string
     * of {@link PollResult#arithmetic()} is for the API and the record): one message per base, since the
     * words around the numbers differ by language.
     */
    String arithmetic(PollResult r, Locale locale) {
        String outcome = get("commission.outcome." + CommissionDesk.code(r.outcome()), locale);
        if (r.outcome() == PollResult.Outcome.NO_QUORUM) {
            return get("commission.arithmetic.no-quorum", locale, r.present(), r.members(), r.quorum());
        }
        return get("commission.arithmetic." + base(r.majority()), locale, r.tally().forVotes(), r.base(), r.needed(), outcome);
    }

    private static String base(Majority m) {
        return switch (m.base()) {
            case PRESENT -> m.abstentionsCount() ? "present" : "present-voting";
            case ALL_MEMBERS -> "all-members";
            case VOTES_CAST -> "votes-cast";
        };
    }

    String share(Threshold t, Locale locale) {
        if (t.equals(Threshold.MORE_THAN_HALF)) return get("commission.share.more-than-half", locale);
        if (t.equals(Threshold.TWO_THIRDS)) return get("commission.share.two-thirds", locale);
        return get(t.strictlyMore() ? "commission.share.more-than" : "commission.share.at-least", locale, t.numerator(), t.denominator());
    }

    /** The body's rules as sentences: quorum, each kind of decision's majority, secret votes. */
    List<String> rules(BodyRules rules, int members, Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(get("commission.rules.quorum", locale, share(rules.quorum(), locale), rules.quorum().needed(members), members));
        for (BodyRules.DecisionKind k : BodyRules.DecisionKind.values()) {
            Majority m = rules.majorityFor(k);
            String what = get("commission.rules.decision." + CommissionDesk.code(k), locale);
            out.add(get("commission.rules.majority." + base(m), locale, what, share(m.share(), locale), m.share().needed(members), members));
        }
        out.add(get(rules.secretPollsAllowed() ? "commission.rules.secret-allowed" : "commission.rules.secret-not-allowed", locale));
        return out;
    }

    /** How the minutes were approved, or that they are a draft. */
    String approval(Minutes minutes, LocalDate approvingDay, Locale locale) {
        var a = minutes.approval();
        if (a == null) return get("commission.minutes.draft", locale);
        if (a.act() != null) return get("commission.minutes.approved-act", locale, date(a.at(), locale), a.act());
        return get("commission.minutes.approved-poll", locale, date(a.at(), locale), a.approvingPoll(),
                approvingDay == null ? a.approvingMeeting() : date(approvingDay, locale));
    }
}
