package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A commission loads its territory tree from CSV, all or nothing, then protocols can come in. */
class TerritoryCsvApiTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Test
    void aTreeFromCsvThenAProtocolForOneOfItsStations() {
        HttpTestClient client = new HttpTestClient(port);
        String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums",
                "{\"id\":\"" + id + "\",\"title\":\"CSV tree\",\"date\":\"2026-03-15\",\"rule\":\"kazakhstan\",\"country\":\"kz\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);

        HttpResponse<String> bad = client.post("/api/referendums/" + id + "/territories", "text/csv",
                "code,parent,kind,registered,name_en\nKZ,,country,,Kazakhstan\nKZ-1,KZ,station,lots,Station 1\n", ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("territories.csv:3").contains("registered");

        HttpResponse<String> noAccount = client.post("/api/referendums/" + id + "/territories", "text/csv",
                "code,parent,kind,registered,name_en\nKZ,,country,,Kazakhstan\n", null, null);
        assertThat(noAccount.statusCode()).isEqualTo(401);

        HttpResponse<String> ok = client.post("/api/referendums/" + id + "/territories", "text/csv",
                "code,parent,kind,registered,name_kk,name_ru,name_en\nKZ,,country,,Қазақстан,Казахстан,Kazakhstan\n"
                        + "KZ-1,KZ,station,1000,№1 учаске,Участок №1,Station 1\n", ADMIN, ADMIN_PASSWORD);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);

        HttpResponse<String> protocol = client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"KZ-1\",\"registered\":1000,\"issued\":700,\"inBoxes\":700,\"invalid\":10,\"yes\":600,\"no\":90}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(protocol.statusCode()).as(protocol.body()).isEqualTo(201);
        assertThat(client.get("/api/referendums/" + id + "/totals").body()).contains("\"yes\":600");
    }
}
