package org.atazan.commission;

/** The public answer a proposal receives when an amendment citing it is adopted, in the proposal's language. */
final class AnswerTexts {
    private AnswerTexts() {
    }

    static String registered(String language) {
        return switch (language) {
            case "kk" -> "Комиссияның шешімімен жауап беру үшін тіркелді.";
            case "ru" -> "Зарегистрировано для ответа решением комиссии.";
            default -> "Registered to be answered by the commission's decision.";
        };
    }

    static String accepted(String language, DraftAmendment a, String body, PollClosed p) {
        String article = a.resultingArticle();
        return switch (language) {
            case "kk" -> "Қабылданды: " + body + " " + a.number() + " түзетуін (" + article + "-бап, " + a.charterId() + " " + a.versionId()
                    + " нұсқасы) " + p.meetingId() + " отырысында, " + p.pollId() + "-дауыс беруде қабылдады: " + p.forVotes() + " «жақтады», "
                    + p.needed() + " дауыс қажет болды.";
            case "ru" -> "Принято: " + body + " приняла поправку " + a.number() + " (статья " + article + ", " + a.charterId() + ", версия "
                    + a.versionId() + ") на заседании " + p.meetingId() + ", голосование " + p.pollId() + ": «за» " + p.forVotes()
                    + ", требовалось " + p.needed() + ".";
            default -> "Accepted: " + body + " adopted amendment " + a.number() + " (article " + article + ", " + a.charterId() + ", version "
                    + a.versionId() + ") at meeting " + p.meetingId() + ", poll " + p.pollId() + ": " + p.forVotes() + " for, "
                    + p.needed() + " needed.";
        };
    }

    /** Said after the answer of a proposal answered as a member of a cited cluster. */
    static String throughCluster(String language, DraftAmendment.CitedCluster c) {
        return switch (language) {
            case "kk" -> "Ұсыныс түзету жауап берген «" + c.label() + "» тақырыптық тобына кіреді.";
            case "ru" -> "Предложение входит в тематическую группу «" + c.label() + "», на которую отвечает поправка.";
            default -> "The proposal is one of the topical cluster \u201c" + c.label() + "\u201d that the amendment answers.";
        };
    }

    /** Partly accepted: what was adopted is the recommended wording, or answers only part of the proposal. */
    static String partlyAccepted(String language, DraftAmendment a, String body, PollClosed p) {
        boolean recommended = a.voted() == DraftAmendment.Wording.RECOMMENDED;
        String article = a.resultingArticle();
        return switch (language) {
            case "kk" -> "Ішінара қабылданды: " + body + " " + a.number() + " түзетуін (" + article + "-бап, " + a.charterId() + " "
                    + a.versionId() + " нұсқасы) " + (recommended ? "хатшылықтың өзгерту ұсынымымен өзгертілген редакцияда " : "")
                    + p.meetingId() + " отырысында, " + p.pollId() + "-дауыс беруде қабылдады: " + p.forVotes() + " «жақтады», "
                    + p.needed() + " дауыс қажет болды. " + (recommended ? "Ұсыныс өзгертілген түрде ескерілді." : "Ұсыныстың бір бөлігі ғана ескерілді.");
            case "ru" -> "Принято частично: " + body + " приняла поправку " + a.number() + " (статья " + article + ", " + a.charterId()
                    + ", версия " + a.versionId() + ")" + (recommended ? " в редакции рекомендации секретариата" : "") + " на заседании "
                    + p.meetingId() + ", голосование " + p.pollId() + ": «за» " + p.forVotes() + ", требовалось " + p.needed() + ". "
                    + (recommended ? "Предложение учтено в изменённом виде." : "Учтена только часть предложения.");
            default -> "Partly accepted: " + body + " adopted amendment " + a.number() + " (article " + article + ", " + a.charterId()
                    + ", version " + a.versionId() + ")" + (recommended ? " as the secretariat's change recommendation worded it" : "")
                    + " at meeting " + p.meetingId() + ", poll " + p.pollId() + ": " + p.forVotes() + " for, " + p.needed() + " needed. "
                    + (recommended ? "The proposal was taken into account in a changed form." : "Only part of the proposal was taken into account.");
        };
    }
}
