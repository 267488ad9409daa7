package org.atazan.platform.security;

import org.atazan.PlatformTest;
import org.atazan.platform.AuditEntry;
import org.atazan.platform.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who did what: account changes are in the trail, which only an admin reads and nobody rewrites. */
class AuditTrailTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void creatingAnAccountAndChangingItsRolesAreRecordedWithoutThePassword() {
        String name = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "audited-password-" + UUID.randomUUID();
        Client admin = new Client(port);
        assertThat(admin.send("POST", "/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"SECRETARY\"]}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(admin.send("POST", "/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"SECRETARY\",\"COMMISSION\"]}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);

        List<AuditEntry> entries = audit.entries("account", name, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("account.update", "account.create");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.summary()).doesNotContain(password);
        });
        assertThat(entries.get(1).summary()).isEqualTo("roles: SECRETARY");
        assertThat(entries.get(0).summary()).isEqualTo("roles: COMMISSION, SECRETARY (were: SECRETARY); password set");

        HttpResponse<String> read = admin.getAs("/api/audit?objectType=account&objectId=" + name + "&limit=1", ADMIN, ADMIN_PASSWORD);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"action\":\"account.update\"").doesNotContain("account.create").doesNotContain(password);
    }

    @Test
    void theAdminsOwnPasswordFromTheEnvironmentIsRecordedAsSetBySystem() {
        assertThat(audit.entries("account", "admin", 10)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.summary()).contains("ATAZAN_ADMIN_PASSWORD").doesNotContain(ADMIN_PASSWORD);
        });
    }

    @Test
    void onlyAnAdminReadsTheTrailAndReadsAreBounded() {
        Client client = new Client(port);
        assertThat(client.get("/api/audit").statusCode()).isEqualTo(401);
        String name = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "reader-password-" + UUID.randomUUID();
        client.send("POST", "/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"SECRETARY\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(client.getAs("/api/audit", name, password).statusCode()).isEqualTo(403);

        for (String bad : new String[]{"limit=0", "limit=501", "objectType=Account!", "objectId=x"}) {
            HttpResponse<String> r = client.getAs("/api/audit?" + bad, ADMIN, ADMIN_PASSWORD);
            assertThat(r.statusCode()).as(bad).isEqualTo(422);
            assertThat(r.body()).contains("parameter");
        }
        assertThat(client.getAs("/api/audit?limit=abc", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(client.getAs("/api/audit?objectType=&objectId=", ADMIN, ADMIN_PASSWORD).statusCode())
                .as("empty filters are no filters").isEqualTo(200);
    }

    @Test
    void theTrailIsAppendOnlyAndRefusesMalformedEntries() {
        audit.record("someone", "probe.test", "probe", "p-1", "a probe");
        assertThatThrownBy(() -> jdbc.sql("UPDATE platform_audit SET summary = 'rewritten' WHERE object_type = 'probe'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform_audit WHERE object_type = 'probe'").update())
                .hasMessageContaining("append-only");
        assertThat(audit.entries("probe", "p-1", 5)).extracting(AuditEntry::summary).containsExactly("a probe");

        assertThatThrownBy(() -> audit.record("", "probe.test", "probe", "p-1", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.record("someone", "Probe Test", "probe", "p-1", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.record("someone", "probe.test", "probe", null, "")).isInstanceOf(IllegalArgumentException.class);
        audit.record("someone", "probe.long", "probe", "p-2", "z".repeat(5000));
        assertThat(audit.entries("probe", "p-2", 1).get(0).summary()).hasSize(1000).endsWith("…");
    }
}
