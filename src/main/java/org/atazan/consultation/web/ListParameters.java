package org.atazan.consultation.web;

import org.atazan.consultation.Channel;
import org.atazan.consultation.Language;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ProposalQuery;
import org.atazan.consultation.ProposalStatus;
import org.atazan.kernel.BadInputException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The filters and sorts a list of proposals accepts, from an allowed list only: any other parameter,
 * or a value outside a filter's values, is a 400 naming the parameter (never passed on to SQL).
 */
final class ListParameters {
    static final Set<String> PUBLIC = Set.of("article", "kind", "status", "region", "language", "channel", "overdue", "sort", "after", "limit", "lang");
    static final Set<String> SECRETARIAT = Set.of("assignee", "hidden");
    static final int DEFAULT_LIMIT = 50;

    private ListParameters() {
    }

    /** A parameter outside the allowed list or with a value it does not allow. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }

    static ProposalQuery query(String consultationId, Map<String, String> params, boolean secretariat, LocalDate today) {
        for (String name : params.keySet()) {
            if (!PUBLIC.contains(name) && !(secretariat && SECRETARIAT.contains(name))) {
                throw new BadParameter("parameter '" + shorten(name) + "' is not a filter of this list; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(PUBLIC)) + (secretariat ? ", assignee, hidden" : ""));
            }
        }
        try {
            String article = blankToNull(params.get("article"));
            if (article != null && !article.matches("whole|[0-9A-Za-z.\\-]{1,16}")) {
                throw new BadParameter("parameter 'article': '" + shorten(article) + "' is not an article number or 'whole'");
            }
            ProposalStatus status = blankToNull(params.get("status")) == null ? null : ProposalStatus.of("status", params.get("status"));
            Language language = blankToNull(params.get("language")) == null ? null : Language.of("language", params.get("language"));
            ProposalKind kind = blankToNull(params.get("kind")) == null ? null : ProposalKind.of("kind", params.get("kind"));
            Channel channel = blankToNull(params.get("channel")) == null ? null : Channel.of("channel", params.get("channel"));
            String region = blankToNull(params.get("region"));
            if (region != null && !region.matches("[A-Za-z0-9-]{1,64}")) {
                throw new BadParameter("parameter 'region': '" + shorten(region) + "' is not a region code such as KZ-ALA");
            }
            LocalDate overdue = bool("overdue", params.get("overdue")) ? today : null;
            String sort = params.getOrDefault("sort", "newest");
            if (!sort.equals("newest") && !sort.equals("oldest")) {
                throw new BadParameter("parameter 'sort': '" + shorten(sort) + "' is not one of newest, oldest");
            }
            Long after = number("after", params.get("after"), Long.MAX_VALUE);
            Long limit = number("limit", params.get("limit"), ProposalQuery.MAX_LIMIT);
            return new ProposalQuery(consultationId, article, status, region, language, channel, overdue,
                    blankToNull(params.get("assignee")), secretariat && bool("hidden", params.get("hidden")),
                    sort.equals("oldest"), after, limit == null ? DEFAULT_LIMIT : limit.intValue(), kind);
        } catch (BadInputException e) {
            throw new BadParameter(e.getMessage().replaceFirst("^field ", "parameter "));
        }
    }

    private static boolean bool(String name, String v) {
        if (v == null || v.isBlank() || v.equals("false")) return false;
        if (v.equals("true") || v.equals("on")) return true;
        throw new BadParameter("parameter '" + name + "': '" + shorten(v) + "' is not true or false");
    }

    private static Long number(String name, String v, long max) {
        if (v == null || v.isBlank()) return null;
        try {
            long n = Long.parseLong(v);
            if (n < 1 || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameter("parameter '" + name + "': '" + shorten(v) + "' is not a number from 1 to " + max);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
