package org.atazan.commission.web;

import org.atazan.commission.AmendmentDrafted;
import org.atazan.commission.AttendanceRecorded;
import org.atazan.commission.BodyTextsTranslated;
import org.atazan.commission.ChangeRecommended;
import org.atazan.commission.VotingOrderSet;
import org.atazan.commission.DraftConsolidated;
import org.atazan.commission.CommissionEvent;
import org.atazan.commission.ItemTaken;
import org.atazan.commission.MeetingClosed;
import org.atazan.commission.MeetingOpened;
import org.atazan.commission.MinutesApproved;
import org.atazan.commission.PollClosed;
import org.atazan.commission.PollOpened;
import org.atazan.platform.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who ran which step of a meeting, written from each decision's event synchronously, inside its unit of
 * work, so the decision and its entry are kept or lost together. Steps without an event (a vote, figures,
 * the speakers) are recorded by the API.
 */
@Component
class CommissionAudit {
    static final String MEETING = "commission-meeting";
    private final AuditTrail audit;

    CommissionAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AmendmentDrafted a) {
        audit.record(a.by(), "commission.amendment.draft", "commission-amendment", a.bodyId() + "/" + a.number(),
                a.action() + " article " + a.article() + " of " + a.charterId() + " " + a.versionId()
                        + (a.proposals().isEmpty() ? "" : "; cites " + String.join(", ", a.proposals())));
    }

    @EventListener
    void on(ChangeRecommended r) {
        audit.record(r.by(), "commission.amendment.recommend", "commission-amendment", r.bodyId() + "/" + r.number(),
                "change recommendation" + (r.reason() == null ? "" : ": " + r.reason()));
    }

    @EventListener
    void on(VotingOrderSet o) {
        audit.record(o.by(), "commission.amendment.order", "commission-body", o.bodyId(),
                "voting order for article " + o.article() + " of " + o.charterId() + " " + o.versionId() + ": " + String.join(", ", o.order()));
    }

    @EventListener
    void on(DraftConsolidated d) {
        audit.record(d.by(), "commission.draft.consolidate", "commission-body", d.bodyId(),
                "draft " + d.charterId() + " " + d.versionId() + " from " + d.baseVersion() + ": amendments " + String.join(", ", d.amendments()));
    }

    @EventListener
    void on(BodyTextsTranslated t) {
        audit.record(t.by(), "commission.translations", "commission-body", t.bodyId(),
                "texts into " + t.language() + ": " + t.translated() + " translated, " + t.removed() + " removed");
    }

    @EventListener
    void on(CommissionEvent e) {
        // Java 17: no pattern switch.
        if (e instanceof MeetingOpened o) {
            audit.record(o.by(), "commission.meeting.open", MEETING, o.meetingId(), "opened");
        } else if (e instanceof AttendanceRecorded a) {
            audit.record(a.by(), "commission.attendance", MEETING, a.meetingId(),
                    a.member() + (a.present() ? " present" : " gone") + "; " + a.presentNow() + " present");
        } else if (e instanceof ItemTaken i) {
            audit.record(i.by(), "commission.item", MEETING, i.meetingId(), "item " + i.position());
        } else if (e instanceof PollOpened p) {
            audit.record(p.by(), "commission.poll.open", MEETING, p.meetingId(), "poll " + p.pollId() + " (" + p.kind() + ", " + p.decision() + ")");
        } else if (e instanceof PollClosed p) {
            audit.record(p.by(), "commission.poll.close", MEETING, p.meetingId(), "poll " + p.pollId() + ": " + p.arithmetic());
        } else if (e instanceof MeetingClosed c) {
            audit.record(c.by(), "commission.meeting.close", MEETING, c.meetingId(), "closed");
        } else if (e instanceof MinutesApproved a) {
            audit.record(a.by(), "commission.minutes.approve", MEETING, a.meetingId(), "minutes approved "
                    + (a.act() != null ? "by act " + a.act() : "by poll " + a.approvingPoll() + " of meeting " + a.approvingMeeting())
                    + "; sha-256 " + a.digest());
        }
    }
}
