package org.atazan.consultation.web;

import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.Language;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalAnswered;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ProposalStatusChanged;
import org.atazan.consultation.ProposalsMerged;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.platform.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Tells a proposal's author each status it reaches and its answer (platform {@link Notifications}:
 * stored, and mailed where configured), after the decision has committed, in the language the proposal
 * is written in, with a link to its public page. Idempotent: a listener delivered again (after a crash)
 * finds the status marked in {@code consultation_notice} and tells nobody twice. Imported proposals and
 * deleted accounts have no account to tell.
 */
@Component
class ProposalNotices {
    private final ConsultationStore store;
    private final Notifications notifications;
    private final String siteUrl;

    ProposalNotices(ConsultationStore store, Notifications notifications, @Value("${atazan.site-url:}") String siteUrl) {
        this.store = store;
        this.notifications = notifications;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    @ApplicationModuleListener
    void on(ProposalStatusChanged e) {
        if (e.to().equals(ProposalStatus.ANSWERED.code())) return; // told once, with the answer
        tell(e.consultationId(), e.reference(), e.to(), e.reason());
    }

    @ApplicationModuleListener
    void on(ProposalAnswered e) {
        tell(e.consultationId(), e.reference(), ProposalStatus.ANSWERED.code(), e.answer());
    }

    /**
     * A merge: the authors of the merged proposals are told by their answer; the representative's author
     * and every supporter it now has (those whose support moved among them) are told here, once per merge.
     */
    @ApplicationModuleListener
    void on(ProposalsMerged e) {
        Proposal into = store.find(e.consultationId(), ReferenceNumber.parse("into", e.into())).orElse(null);
        if (into == null || !store.markNotified(e.consultationId(), e.into(), "merge " + e.at())) return;
        Texts t = Texts.of(into.language());
        String link = siteUrl + "/consultations/" + e.consultationId() + "/proposals/" + e.into();
        String subject = t.mergedSubject().formatted(e.into());
        String body = t.mergedBody().formatted(e.merged().size(), e.into(), String.join(", ", e.merged()), e.reason(), link);
        java.util.Set<String> told = new java.util.LinkedHashSet<>();
        if (into.author().account() != null) told.add(into.author().account());
        told.addAll(store.supporters(into.id()));
        for (String account : told) notifications.notify(account, subject, body);
    }

    private void tell(String consultationId, String reference, String status, String reason) {
        Proposal p = store.find(consultationId, ReferenceNumber.parse("reference", reference)).orElse(null);
        if (p == null || p.author().account() == null) return;
        if (!store.markNotified(consultationId, reference, status)) return;
        Texts t = Texts.of(p.language());
        // Delivered after commit, possibly after a later step: only the answer's notice names the outcome.
        boolean answer = status.equals(ProposalStatus.ANSWERED.code());
        String state = t.status(status) + (answer && p.outcome() != null ? " (" + t.outcome(p.outcome().code()) + ")" : "");
        String link = siteUrl + "/consultations/" + consultationId + "/proposals/" + reference;
        notifications.notify(p.author().account(), t.subject().formatted(reference, state),
                t.body().formatted(reference, state, reason, link));
    }

    /** The words of a notice in one language: subject and body patterns, and the names of statuses and outcomes. */
    record Texts(String subject, String body, Map<String, String> words, String mergedSubject, String mergedBody) {
        String status(String code) {
            return words.getOrDefault(code, code);
        }

        String outcome(String code) {
            return words.getOrDefault(code, code);
        }

        static Texts of(Language l) {
            return switch (l) {
                case EN -> new Texts("Your proposal %s: %s", "Your proposal %s is now: %s.%n%nReason: %s%n%nSee it: %s%n",
                        Map.of("received", "received", "registered", "registered", "under-review", "under review",
                                "answered", "answered", "accepted", "accepted", "partly-accepted", "partly accepted",
                                "merged", "merged into another", "rejected", "rejected", "out-of-scope", "out of scope"),
                        "Proposals merged into %s", "%d proposals saying the same were merged into %s: %s.%n%n"
                                + "Each support counts once there.%n%nReason: %s%n%nSee it: %s%n");
                case RU -> new Texts("Ваше предложение %s: %s", "Статус вашего предложения %s: %s.%n%nОснование: %s%n%nСтраница предложения: %s%n",
                        Map.of("received", "получено", "registered", "зарегистрировано", "under-review", "на рассмотрении",
                                "answered", "дан ответ", "accepted", "принято", "partly-accepted", "принято частично",
                                "merged", "объединено с другим", "rejected", "отклонено", "out-of-scope", "вне предмета"),
                        "Предложения объединены в %s", "Предложения с тем же содержанием (%d) объединены в %s: %s.%n%n"
                                + "Каждая поддержка учитывается там один раз.%n%nОснование: %s%n%nСтраница предложения: %s%n");
                case KK -> new Texts("Сіздің ұсынысыңыз %s: %s", "Сіздің %s ұсынысыңыздың мәртебесі: %s.%n%nНегіздеме: %s%n%nҰсыныс беті: %s%n",
                        Map.of("received", "қабылданды", "registered", "тіркелді", "under-review", "қаралуда",
                                "answered", "жауап берілді", "accepted", "қабылданды", "partly-accepted", "ішінара қабылданды",
                                "merged", "басқасымен біріктірілді", "rejected", "қабылданбады", "out-of-scope", "тақырыпқа жатпайды"),
                        "Ұсыныстар %s ұсынысына біріктірілді", "Мазмұны бірдей ұсыныстар (%d) %s ұсынысына біріктірілді: %s.%n%n"
                                + "Әр қолдау онда бір рет есептеледі.%n%nНегіздеме: %s%n%nҰсыныс беті: %s%n");
            };
        }
    }
}
