package org.atazan.commission.web;

import org.atazan.commission.Body;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.Meeting;
import org.atazan.commission.Membership;
import org.atazan.commission.Minutes;
import org.atazan.commission.Poll;
import org.atazan.commission.PollResult;
import org.atazan.commission.Role;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commission's public pages, read-only and in the reader's language: the bodies, a body (members by
 * role and public name, its rules in words, its meetings), a meeting, and a meeting's minutes as a page
 * and a PDF (public once approved; the draft only to the body's members).
 */
@Controller
class CommissionPages {
    /** An id ending so marks generated data, as the consultation's do; its pages say so. */
    static final String SAMPLE_SUFFIX = "-sample";
    private final CommissionDesk desk;
    private final Phrases phrases;
    private final MinutesPdf pdf;
    private final java.time.Clock clock;

    private final CommissionAccess access;

    /** Lines other modules add under a closed vote (where its result is in the public record, say). */
    private final org.springframework.beans.factory.ObjectProvider<org.atazan.commission.PollAddition> additions;

    CommissionPages(CommissionDesk desk, Phrases phrases, MinutesPdf pdf, java.time.Clock clock, CommissionAccess access,
                    org.springframework.beans.factory.ObjectProvider<org.atazan.commission.PollAddition> additions) {
        this.additions = additions;
        this.clock = clock;
        this.access = access;
        this.desk = desk;
        this.phrases = phrases;
        this.pdf = pdf;
    }

    record BodyLine(String id, String title, String kind, int members, boolean sample) {
    }

    record RoleGroup(String role, List<String> names) {
    }

    record MeetingLine(String id, LocalDate day, String date, String state, int polls, boolean minutesPublic) {
    }

    @GetMapping("/commission")
    String index(Model model, Locale locale) {
        List<BodyLine> bodies = desk.bodies().stream().map(b -> new BodyLine(b.id(), desk.title(b, locale.getLanguage()),
                CommissionDesk.code(b.kind()), b.membersOn(today()).size(), b.id().endsWith(SAMPLE_SUFFIX))).toList();
        model.addAttribute("bodies", bodies);
        return "commission/index";
    }

    @GetMapping("/commission/bodies/{id}")
    String body(@PathVariable String id, Model model, Locale locale, Authentication who) {
        Body b = desk.body(id);
        List<Membership> now = b.membersOn(today());
        BodyTexts texts = texts(id, locale);
        // Members on today's date; a body whose terms have all ended shows its last members.
        if (now.isEmpty()) now = b.members();
        List<RoleGroup> groups = new ArrayList<>();
        for (Role r : Role.values()) {
            List<String> names = now.stream().filter(m -> m.role() == r).map(Membership::name).toList();
            names = texts.texts(names);
            if (!names.isEmpty()) groups.add(new RoleGroup(CommissionDesk.code(r), r == Role.MEMBER ? names.stream().sorted().toList() : names));
        }
        List<MeetingLine> meetings = new ArrayList<>();
        java.util.Set<String> approved = desk.approvedMinutes(id);
        for (String mid : desk.meetingsOf(id)) {
            Meeting m = desk.meeting(mid);
            meetings.add(new MeetingLine(mid, m.date(), phrases.date(m.date(), locale), CommissionDesk.code(m.state()),
                    m.polls().size(), approved.contains(mid)));
        }
        model.addAttribute("body", b);
        model.addAttribute("heading", desk.title(b, locale.getLanguage()));
        model.addAttribute("kind", CommissionDesk.code(b.kind()));
        model.addAttribute("sample", id.endsWith(SAMPLE_SUFFIX));
        model.addAttribute("memberCount", now.size());
        model.addAttribute("groups", groups);
        model.addAttribute("rules", phrases.rules(b.rules(), now.size(), locale));
        model.addAttribute("meetings", meetings);
        // The link to the translations' form only for those who may use it: the secretary or chair on today's date.
        model.addAttribute("runs", who != null && who.isAuthenticated() && b.seat(who.getName(), today()).map(s -> s.role().runsMeetings())
                .orElse(false));
        return "commission/body";
    }

    @GetMapping("/commission/meetings/{id}")
    String meeting(@PathVariable String id, Model model, Locale locale, Authentication who) {
        Meeting m = desk.meeting(id);
        Map<String, String> arithmetic = new LinkedHashMap<>();
        Map<String, List<org.atazan.commission.PollAddition.Line>> pollLines = new LinkedHashMap<>();
        for (Poll p : m.pollsInOrder()) {
            if (!p.closed()) continue;
            arithmetic.put(p.id(), arithmetic(p.result(), locale));
            pollLines.put(p.id(), additions.orderedStream().flatMap(a -> a.about(id, p.id(), locale).stream()).toList());
        }
        model.addAttribute("pollLines", pollLines);
        model.addAttribute("m", MeetingJson.of(m));
        model.addAttribute("tx", texts(m.body().id(), locale));
        model.addAttribute("heading", desk.title(m.body(), locale.getLanguage()));
        model.addAttribute("date", phrases.date(m.date(), locale));
        model.addAttribute("sample", m.body().id().endsWith(SAMPLE_SUFFIX));
        model.addAttribute("arithmetic", arithmetic);
        model.addAttribute("minutesShown", m.state() == Meeting.State.CLOSED && (desk.minutes(id).approved() || member(who, m)));
        return "commission/meeting";
    }

    /** An adopted poll on minutes that may approve a draft: its value ("meeting/poll") and label. */
    record PollOption(String value, String label) {
    }

    @GetMapping("/commission/meetings/{id}/minutes")
    String minutes(@PathVariable String id, Model model, Locale locale, Authentication who) {
        return minutesPage(id, model, locale, who);
    }

    /**
     * The approval as a plain form on the draft, for the body's secretary or chair: the adopted poll on
     * minutes ("meeting/poll") or an act. A refusal shows the minutes again with the reason (422).
     */
    @PostMapping("/commission/meetings/{id}/minutes/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) String poll, @RequestParam(required = false) String act,
                   Model model, Locale locale, Authentication who, HttpServletResponse response) {
        Meeting m = desk.meeting(id);
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Phrases.ZONE);
        access.requireSeat(who, m.body(), today);
        String approvingMeeting = null, approvingPoll = null;
        if (poll != null && !poll.isBlank()) {
            int slash = poll.lastIndexOf('/');
            if (slash <= 0) throw new BadInputException("field poll: '" + poll + "' is not meeting/poll");
            approvingMeeting = poll.substring(0, slash);
            approvingPoll = poll.substring(slash + 1);
        }
        try {
            desk.approveMinutes(id, approvingMeeting, approvingPoll, act, now, today, who.getName());
        } catch (BadInputException e) {
            // CommissionRefusal (a rule of the body) is one too.
            response.setStatus(422);
            model.addAttribute("approveError", e.getMessage());
            return minutesPage(id, model, locale, who);
        }
        return "redirect:/commission/meetings/" + id + "/minutes";
    }

    private String minutesPage(String id, Model model, Locale locale, Authentication who) {
        Minutes minutes = visibleMinutes(id, who);
        Meeting meeting = desk.meeting(id);
        boolean runs = who != null && meeting.body().seat(who.getName(), today()).map(s -> s.role().runsMeetings()).orElse(false);
        model.addAttribute("canApprove", !minutes.approved() && runs);
        if (!minutes.approved() && runs) {
            List<PollOption> options = new ArrayList<>();
            for (String other : desk.meetingsOf(minutes.bodyId())) {
                if (other.equals(id)) continue;
                Meeting o = desk.meeting(other);
                for (Poll p : o.pollsInOrder()) {
                    if (p.closed() && p.decision() == org.atazan.commission.BodyRules.DecisionKind.MINUTES
                            && p.result().outcome() == PollResult.Outcome.ADOPTED) {
                        options.add(new PollOption(other + "/" + p.id(), phrases.date(o.date(), locale) + " — "
                                + phrases.get("commission.poll", locale, p.id())));
                    }
                }
            }
            model.addAttribute("pollOptions", options);
        }
        model.addAttribute("minutes", minutes);
        BodyTexts texts = texts(minutes.bodyId(), locale);
        model.addAttribute("tx", texts);
        model.addAttribute("heading", phrases.get("commission.minutes.title", locale, title(minutes, locale), phrases.date(minutes.date(), locale)));
        model.addAttribute("bodyTitle", title(minutes, locale));
        model.addAttribute("date", phrases.date(minutes.date(), locale));
        model.addAttribute("approval", phrases.approval(minutes, approvingDay(minutes), locale));
        model.addAttribute("sample", minutes.bodyId().endsWith(SAMPLE_SUFFIX));
        Map<String, String> arithmetic = new LinkedHashMap<>();
        // A named poll's names by choice (for, against, abstain), each list only if someone chose it.
        Map<String, Map<String, List<String>>> namedBy = new LinkedHashMap<>();
        for (Minutes.Section s : minutes.sections()) {
            for (Minutes.PollMinutes p : s.polls()) {
                arithmetic.put(p.id(), arithmetic(p.result(), locale));
                Map<String, List<String>> by = new LinkedHashMap<>();
                for (Poll.Choice c : Poll.Choice.values()) {
                    List<String> names = texts.texts(p.named().stream().filter(v -> v.choice() == c).map(Minutes.NamedVote::name).toList());
                    if (!names.isEmpty()) by.put(CommissionDesk.code(c), names);
                }
                namedBy.put(p.id(), by);
            }
        }
        model.addAttribute("arithmetic", arithmetic);
        model.addAttribute("namedBy", namedBy);
        return "commission/minutes";
    }

    @GetMapping("/commission/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String id, Locale locale, Authentication who) {
        Minutes minutes = visibleMinutes(id, who);
        byte[] bytes = pdf.render(minutes, title(minutes, locale), approvingDay(minutes), locale, texts(minutes.bodyId(), locale));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename("minutes-" + id + "-" + locale.getLanguage() + ".pdf")
                        .build().toString())
                .body(bytes);
    }

    /**
     * The minutes of a closed meeting: to anyone once approved; the draft to the body's members only (to
     * everyone else it does not exist: 404, the same answer as for a meeting without minutes).
     */
    private Minutes visibleMinutes(String id, Authentication who) {
        Meeting m = desk.meeting(id);
        if (m.state() != Meeting.State.CLOSED) throw new NotFoundException("meeting " + id + ": no minutes before the meeting closes");
        Minutes minutes = desk.minutes(id);
        if (!minutes.approved() && !member(who, m)) throw new NotFoundException("meeting " + id + ": no approved minutes yet");
        return minutes;
    }

    private static boolean member(Authentication who, Meeting m) {
        return who != null && who.isAuthenticated() && m.body().members().stream().anyMatch(s -> s.account().equals(who.getName()));
    }

    private String title(Minutes minutes, Locale locale) {
        return desk.title(desk.body(minutes.bodyId()), locale.getLanguage());
    }

    /** The body's texts as the reader's page shows them: translated, or marked with the language they were typed in. */
    BodyTexts texts(String bodyId, Locale locale) {
        Map<String, String> notes = new java.util.HashMap<>();
        for (String lang : List.of("kk", "ru", "en")) notes.put(lang, phrases.get("commission.in." + lang, locale));
        return new BodyTexts(desk.translations(bodyId, locale.getLanguage()), locale.getLanguage(), notes);
    }

    private LocalDate approvingDay(Minutes minutes) {
        if (minutes.approval() == null || minutes.approval().approvingMeeting() == null) return null;
        return desk.meeting(minutes.approval().approvingMeeting()).date();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Phrases.ZONE));
    }

    String arithmetic(PollResult r, Locale locale) {
        return phrases.arithmetic(r, locale);
    }
}
