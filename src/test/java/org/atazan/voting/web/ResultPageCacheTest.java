package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page is rendered once per state of its vote and language, then served from memory with
 * an ETag; any change to what it shows (a protocol, a turnout report, a publication) renders it anew.
 */
class ResultPageCacheTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    ResultPageCache cache;
    HttpTestClient client;
    String id;

    @BeforeEach
    void vote() {
        client = new HttpTestClient(port);
        id = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Cache\",\"date\":\"" + LocalDate.now()
                + "\",\"country\":\"C\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/territories", "[{\"code\":\"C\",\"kind\":\"country\"},"
                + "{\"code\":\"C/1\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":900},"
                + "{\"code\":\"C/2\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":900}]", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);
    }

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageThatSaysSomethingIsAboutToChangeIsNotKept() throws Exception {
        // A station's page while its protocol's entry is still being appended to the public record.
        long before = cache.size();
        MockHttpServletRequest unsettled = station("C/1");
        org.springframework.mock.web.MockHttpServletResponse answer = new org.springframework.mock.web.MockHttpServletResponse();
        cache.doFilter(unsettled, answer, (req, res) -> {
            req.setAttribute(ResultPageCache.UNSETTLED, Boolean.TRUE);
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write("<p>This protocol is being appended to the public record</p>");
        });
        assertThat(answer.getContentAsString()).contains("being appended");
        assertThat(answer.getHeader("ETag")).as("no tag for a page that is not kept").isNull();
        assertThat(cache.size()).isEqualTo(before);
        // Once settled, the same page is kept and tagged.
        org.springframework.mock.web.MockHttpServletResponse settled = new org.springframework.mock.web.MockHttpServletResponse();
        cache.doFilter(station("C/1"), settled, (req, res) -> {
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write("<p>This protocol is entry 7 of the public record</p>");
        });
        assertThat(settled.getHeader("ETag")).isNotNull();
        assertThat(cache.size()).isEqualTo(before + 1);
    }

    private MockHttpServletRequest station(String code) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/voting/referendums/" + id);
        request.setParameter("unit", code);
        request.setParameter("lang", "en");
        return request;
    }

    @Test
    void theSamePageIsServedWithItsTagUntilAProtocolOrAReportChangesIt() {
        HttpResponse<String> first = client.get("/voting/referendums/" + id + "?lang=en");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        long kept = cache.size();
        HttpResponse<String> second = client.get("/voting/referendums/" + id + "?lang=en");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).hasValue(etag);
        assertThat(cache.size()).as("served from the one kept").isEqualTo(kept);
        // A reader who has it is told it has not changed, with no body.
        HttpResponse<String> same = client.get("/voting/referendums/" + id + "?lang=en", "If-None-Match", etag);
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        // Another language is another page.
        assertThat(client.get("/voting/referendums/" + id + "?lang=ru").headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        assertThat(client.postJson("/api/referendums/" + id + "/protocols", "{\"station\":\"C/1\",\"registered\":900,\"issued\":600,"
                + "\"inBoxes\":600,\"invalid\":0,\"yes\":421,\"no\":179}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> counted = client.get("/voting/referendums/" + id + "?lang=en", "If-None-Match", etag);
        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(counted.body()).contains(">421<");
        String afterProtocol = counted.headers().firstValue("ETag").orElseThrow();
        assertThat(afterProtocol).isNotEqualTo(etag);

        assertThat(counted.body()).doesNotContain("/turnout\"");
        assertThat(client.postJson("/api/referendums/" + id + "/turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":12.34}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> reported = client.get("/voting/referendums/" + id + "?lang=en", "If-None-Match", afterProtocol);
        assertThat(reported.statusCode()).isEqualTo(200);
        assertThat(reported.body()).contains("/voting/referendums/" + id + "/turnout\"");
    }

    @Test
    void aHeadRequestLeavesNoEmptyPageBehind() throws Exception {
        var head = java.net.http.HttpRequest.newBuilder(client.uri("/voting/referendums/" + id + "?lang=kk"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        assertThat(java.net.http.HttpClient.newHttpClient().send(head, java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(200);
        HttpResponse<String> get = client.get("/voting/referendums/" + id + "?lang=kk");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("</html>");
        assertThat(client.get("/voting/referendums/" + id + "?lang=kk").body()).isEqualTo(get.body());
    }

    @Test
    void aSignedInOfficialAndAnyOtherPageAreRenderedForTheRequest() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/voting/referendums/" + id);
        assertThat(cache.shouldNotFilter(page)).isFalse();
        page.setParameter("unit", "C/1");
        assertThat(cache.shouldNotFilter(page)).isFalse();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("official", "x", "ROLE_ELECTION_OFFICIAL"));
        assertThat(cache.shouldNotFilter(page)).as("signed in").isTrue();
        SecurityContextHolder.clearContext();
        assertThat(cache.shouldNotFilter(new MockHttpServletRequest("GET", "/voting/referendums/" + id + "/turnout"))).isTrue();
        assertThat(cache.shouldNotFilter(new MockHttpServletRequest("POST", "/voting/referendums/" + id))).isTrue();
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/voting/referendums/" + id);
        other.setParameter("x", "1");
        assertThat(cache.shouldNotFilter(other)).isTrue();
    }
}
