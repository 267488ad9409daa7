package org.atazan.platform.security;

import org.atazan.PlatformTest;
import org.atazan.platform.AuditEntry;
import org.atazan.platform.AuditTrail;
import org.atazan.platform.Assignments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin assigns officials to objects; modules ask {@link Assignments} before an official acts. */
class AssignmentsTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Autowired
    Assignments assignments;

    @Autowired
    AuditTrail audit;

    String official() {
        String name = "asg-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Client(port).send("POST", "/api/accounts", "{\"username\":\"" + name
                + "\",\"password\":\"assigned-password-1\",\"roles\":[\"ELECTION_OFFICIAL\"]}", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);
        return name;
    }

    HttpResponse<String> put(String path) {
        return new Client(port).send("PUT", path, null, ADMIN, ADMIN_PASSWORD);
    }

    HttpResponse<String> delete(String path) {
        return new Client(port).send("DELETE", path, null, ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void anOfficialActsOnlyOnTheObjectsTheAdminAssigned() {
        String name = official();
        String vote = "kz-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(assignments.isAssigned(name, "vote", vote)).isFalse();

        HttpResponse<String> added = put("/api/accounts/" + name + "/assignments/vote/" + vote);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"objectType\":\"vote\"").contains("\"objectId\":\"" + vote + "\"").contains("\"assignedBy\":\"admin\"");
        assertThat(put("/api/accounts/" + name + "/assignments/vote/" + vote).statusCode()).as("again: unchanged").isEqualTo(200);

        assertThat(assignments.isAssigned(name, "vote", vote)).isTrue();
        assertThat(assignments.isAssigned(name, "vote", "another-vote")).isFalse();
        assertThat(assignments.isAssigned(name, "charter", vote)).as("the type counts").isFalse();
        assertThat(assignments.objectsOf(name, "vote")).containsExactly(vote);
        assertThat(audit.entries("vote", vote, 5)).extracting(AuditEntry::action).containsExactly("assignment.add");

        HttpResponse<String> list = new Client(port).getAs("/api/accounts/" + name + "/assignments?objectType=vote", ADMIN, ADMIN_PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(vote);

        assertThat(delete("/api/accounts/" + name + "/assignments/vote/" + vote).statusCode()).isEqualTo(204);
        assertThat(assignments.isAssigned(name, "vote", vote)).isFalse();
        assertThat(delete("/api/accounts/" + name + "/assignments/vote/" + vote).statusCode()).as("nothing to remove").isEqualTo(404);
        assertThat(audit.entries("vote", vote, 5)).extracting(AuditEntry::action).containsExactly("assignment.remove", "assignment.add");
    }

    @Test
    void objectIdsMayHaveParts() {
        String name = official();
        assertThat(put("/api/accounts/" + name + "/assignments/territory/kz/1/17").statusCode()).isEqualTo(201);
        assertThat(assignments.isAssigned(name, "territory", "kz/1/17")).isTrue();
        assertThat(assignments.objectsOf(name, "territory")).containsExactly("kz/1/17");
    }

    @Test
    void anAdminIsAssignedToEverything() {
        assertThat(assignments.isAssigned(ADMIN, "vote", "any-vote-at-all")).isTrue();
        assertThat(assignments.isAssigned("no-such-account", "vote", "x")).isFalse();
        assertThat(assignments.isAssigned(null, "vote", "x")).isFalse();
    }

    @Test
    void badRequestsAreProblemsAndOnlyTheAdminAssigns() {
        String name = official();
        assertThat(put("/api/accounts/nobody-here/assignments/vote/x").statusCode()).isEqualTo(404);
        HttpResponse<String> badType = put("/api/accounts/" + name + "/assignments/Vote!/x");
        assertThat(badType.statusCode()).isEqualTo(422);
        assertThat(badType.body()).contains("objectType");
        HttpResponse<String> badId = put("/api/accounts/" + name + "/assignments/vote/" + "x".repeat(129));
        assertThat(badId.statusCode()).isEqualTo(422);
        assertThat(badId.body()).contains("objectId");

        assertThat(new Client(port).send("PUT", "/api/accounts/" + name + "/assignments/vote/x", null, name, "assigned-password-1")
                .statusCode()).as("an official may not assign itself").isEqualTo(403);
        assertThat(new Client(port).send("PUT", "/api/accounts/" + name + "/assignments/vote/x", null, null, null)
                .statusCode()).isEqualTo(401);
        assertThat(new Client(port).get("/api/accounts/" + name + "/assignments").statusCode()).as("not public").isEqualTo(401);
    }

    @Test
    void theNewEndpointsAreInTheOpenApiDocument() {
        String doc = new Client(port).get("/api/openapi").body();
        assertThat(doc).contains("\"/api/audit\"").contains("\"/api/accounts/{username}/assignments\"")
                .contains("\"/api/accounts/{username}/assignments/{objectType}/{objectId}\"");
    }
}
