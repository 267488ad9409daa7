package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body and a meeting run through the API, for the tests of minutes and of the record: a chair, a
 * secretary and four members (public names "Member 1" to "Member 4"); the meeting takes a named poll
 * on an amendment (3 for, 1 against) and a secret one (4 for, 1 abstaining), then closes.
 */
public final class MeetingScript {
    static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String PASSWORD = "commission-password-1";
    public final HttpTestClient http;
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String body = "minutes-body-" + tag;
    public final String chair, secretary, outsider;
    public final List<String> members = new ArrayList<>();
    private final String admin, adminPassword;

    public MeetingScript(HttpTestClient http, String admin, String adminPassword) {
        this.http = http;
        this.admin = admin;
        this.adminPassword = adminPassword;
        chair = account("chair");
        secretary = account("sec");
        outsider = account("out");
        for (int i = 1; i <= 4; i++) members.add(account("m" + i));
        StringBuilder m = new StringBuilder();
        m.append(member(chair, "Chair " + tag, "chair")).append(',').append(member(secretary, "Secretary " + tag, "secretary"));
        for (int i = 0; i < members.size(); i++) m.append(',').append(member(members.get(i), "Member " + (i + 1), "member"));
        HttpResponse<String> r = http.postJson("/api/commission/bodies", """
                {"id":"%s","kind":"reform-commission","name":"Drafting Commission","rules":{"secretPollsAllowed":true},
                 "members":[%s]}""".formatted(body, m), admin, adminPassword);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    String account(String prefix) {
        String name = prefix + "-" + tag;
        HttpResponse<String> r = http.postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"COMMISSION\"]}", admin, adminPassword);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return name;
    }

    static String member(String account, String name, String role) {
        return "{\"account\":\"%s\",\"name\":\"%s\",\"role\":\"%s\",\"from\":\"2026-01-01\"}".formatted(account, name, role);
    }

    public HttpResponse<String> post(String path, String json, String who) {
        return http.postJson(path, json, who, PASSWORD);
    }

    public static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    /** Plans and opens a meeting with everyone present; returns its API path. */
    public String open(String id, String date) {
        HttpResponse<String> r = post("/api/commission/bodies/" + body + "/meetings", """
                {"id":"%s","date":"%s","place":"Astana","agenda":[{"title":"Article 52","reference":"kz/2026/52"},{"title":"Other business"}]}"""
                .formatted(id, date), secretary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String meeting = "/api/commission/meetings/" + id;
        assertThat(post(meeting + "/open", "", secretary).statusCode()).isEqualTo(200);
        List<String> all = new ArrayList<>(List.of(chair, secretary));
        all.addAll(members);
        for (String a : all) assertThat(post(meeting + "/attendance", "{\"member\":\"" + a + "\"}", secretary).statusCode()).isEqualTo(200);
        return meeting;
    }

    public String poll(String meeting, String kind, String decision) {
        HttpResponse<String> r = post(meeting + "/polls", "{\"kind\":\"" + kind + "\",\"decision\":\"" + decision + "\"}", secretary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return meeting + "/polls/" + json(r).get("id").asString();
    }

    public void vote(String poll, String who, String choice) {
        HttpResponse<String> r = post(poll + "/votes", "{\"choice\":\"" + choice + "\"}", who);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** The whole first meeting: item 1 with a speaker, a named and a secret poll; closed. Returns its id. */
    public String runAndClose() {
        String id = "minutes-" + tag;
        String meeting = open(id, "2026-03-02");
        post(meeting + "/next-item", "", secretary);
        assertThat(post(meeting + "/speakers", "{\"member\":\"" + members.get(0) + "\"}", chair).statusCode()).isEqualTo(200);
        assertThat(post(meeting + "/speakers/next", "", chair).statusCode()).isEqualTo(200);
        String named = poll(meeting, "named", "procedure");
        for (int i = 0; i < 3; i++) vote(named, members.get(i), "for");
        vote(named, members.get(3), "against");
        assertThat(post(named + "/close", "", secretary).statusCode()).isEqualTo(200);
        String secret = poll(meeting, "secret", "procedure");
        for (int i = 0; i < 4; i++) vote(secret, members.get(i), "for");
        vote(secret, chair, "abstain");
        assertThat(post(secret + "/close", "", secretary).statusCode()).isEqualTo(200);
        assertThat(post(meeting + "/close", "", secretary).statusCode()).isEqualTo(200);
        return id;
    }

    /** A later meeting that adopts a poll on minutes; returns its id (poll "1"). */
    public String approvingMeeting() {
        String id = "approving-" + tag;
        String meeting = open(id, "2026-03-04");
        String p = poll(meeting, "named", "minutes");
        for (String m : members) vote(p, m, "for");
        assertThat(post(p + "/close", "", secretary).statusCode()).isEqualTo(200);
        return id;
    }
}
