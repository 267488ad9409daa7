package org.atazan.voting.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atazan.kernel.NotFoundException;
import org.atazan.platform.AfterCommit;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.PublishedResult;
import org.atazan.voting.Referendum;
import org.atazan.voting.Results;
import org.atazan.voting.VoteRegistry;
import org.atazan.voting.VotingEvent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A referendum's result page changes only when its figures, its publication or its other decisions
 * change: for a reader who is not signed in it is rendered once per state and language and served
 * from memory until the next change, with an ETag (304 to If-None-Match) and Last-Modified.
 * The key holds everything the page shows that can change: the live totals' version, the latest
 * publication, this class's count of the vote's other decisions (turnout reports, territories),
 * the hour (a vote stops being "counted live" with time), the unit asked for and the language.
 * Signed-in officials get the page rendered for them (it names them), as does any other request.
 */
@Component
class ResultPageCache extends OncePerRequestFilter {
    static final Pattern PATH = Pattern.compile("^/voting/referendums/([^/]+)$");
    /** Rendered pages kept, in bytes: a national page of 87 regions is about 60 kB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Versions count from zero in each run: the run's own id keeps an earlier run's tags from matching. */
    private static final String BOOT = java.util.UUID.randomUUID().toString();
    /** Set by the page when something it shows is about to change (an entry being appended): not kept. */
    static final String UNSETTLED = ResultPageCache.class.getName() + ".unsettled";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final Results results;
    private final LocaleResolver locales;
    private final Clock clock;
    private final Decisions decisions;
    private final Cache<String, Page> pages = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((String key, Page page) -> page.html().length + key.length()).executor(Runnable::run).build();

    /** One rendered page, when it was rendered, and its tag. */
    record Page(byte[] html, String contentType, Instant rendered, String etag) {
    }

    /**
     * Every decision on a vote (a turnout report, territories, a publication, protocols) counted once it
     * has committed, on the thread that committed it, before its request is answered. A bean of its own:
     * a listener on the filter itself would have the filter proxied.
     */
    @Component
    static class Decisions {
        private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

        @EventListener
        void on(VotingEvent e) {
            // not a @TransactionalEventListener: Spring Modulith would keep a publication of each decision for it
            AfterCommit.run(() -> counts.computeIfAbsent(e.referendum(), k -> new AtomicLong()).incrementAndGet());
        }

        /** A decision on the vote committed on another node (told by {@code LiveEvents}). */
        void changedElsewhere(String id) {
            counts.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
        }

        long of(String id) {
            AtomicLong n = counts.get(id);
            return n == null ? 0 : n.get();
        }
    }

    ResultPageCache(VoteRegistry votes, LiveTotals totals, Results results, LocaleResolver locales, Clock clock, Decisions decisions) {
        this.decisions = decisions;
        this.votes = votes;
        this.totals = totals;
        this.results = results;
        this.locales = locales;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) return true;
        if (!PATH.matcher(request.getRequestURI()).matches()) return true;
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("unit") && !name.equals("lang")) return true;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = PATH.matcher(request.getRequestURI());
        String key = m.matches() ? key(request, m.group(1)) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Page page = pages.getIfPresent(key);
        if (page != null) {
            remember(request, response);
            send(page, request, response);
            return;
        }
        String etag = etag(key);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            remember(request, response);
            response.setHeader("ETag", etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // The body is held until it is complete, so that the headers can still say how it may be cached.
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        // Only a GET's body is the page: a HEAD is answered without one, which must never be kept.
        if ("GET".equals(request.getMethod()) && wrapper.getStatus() == 200 && type != null && type.startsWith("text/html")
                && wrapper.getContentSize() > 0 && request.getAttribute(UNSETTLED) == null) {
            Page rendered = new Page(wrapper.getContentAsByteArray(), type, clock.instant().truncatedTo(ChronoUnit.SECONDS), etag);
            pages.put(key, rendered);
            headers(rendered, wrapper);
        }
        wrapper.copyBodyToResponse();
    }

    /** The page's key, or null when this request is not for a referendum's page. */
    private String key(HttpServletRequest request, String id) {
        Referendum r;
        try {
            r = votes.vote(id);
        } catch (NotFoundException e) {
            return null;
        }
        if (!r.isReferendum()) return null;
        Locale locale = locales.resolveLocale(request);
        String asked = request.getParameter("lang");
        if (asked != null && !asked.isBlank()) {
            Locale chosen = Locale.forLanguageTag(asked);
            if (chosen.getLanguage().equals("kk") || chosen.getLanguage().equals("ru") || chosen.getLanguage().equals("en")) {
                locale = chosen;
            }
        }
        String unit = request.getParameter("unit");
        int publication = results.latestPublication(id).map(PublishedResult::number).orElse(0);
        long others = decisions.of(id);
        return BOOT + '\n' + id + '\n' + (unit == null ? "" : unit) + '\n' + locale.getLanguage() + '\n' + totals.version(id) + '\n'
                + publication + '\n' + others + '\n' + clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    /** What the language interceptor does on a rendered page: the reader's choice of language is kept in a cookie. */
    private void remember(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if (asked != null && !asked.isBlank()) locales.setLocale(request, response, Locale.forLanguageTag(asked));
    }

    private static void headers(Page page, HttpServletResponse response) {
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", HTTP_DATE.format(page.rendered()));
        // Kept by browsers and proxies, but asked again each time: the answer is often a 304.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie, Accept-Language");
    }

    private void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers(page, response);
        if (page.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.html().length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(page.html());
    }

    static String etag(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pages kept now (for tests). */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
