package org.atazan.platform;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as consumers expect it: a licence, the security scheme, and every operation
 * saying who may call it and which 4xx problems it answers. Written to target/openapi.json, where
 * {@code .ci/run} lints it with Redocly's recommended rules.
 */
class ApiDescriptionTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Test
    void everyOperationDeclaresItsSecurityAndItsProblems() throws Exception {
        String body = new HttpTestClient(port).get("/api/openapi").body();
        Files.writeString(Path.of("target", "openapi.json"), body);
        JsonNode api = JsonMapper.builder().build().readTree(body);

        assertThat(api.at("/info/license/name").asString()).isNotBlank();
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        List<String> undeclared = new ArrayList<>();
        for (var path : api.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (!o.has("security")) undeclared.add(where + ": no security");
                boolean has4xx = false;
                for (var r : o.get("responses").properties()) {
                    if (r.getKey().startsWith("4")) {
                        has4xx = true;
                        if (r.getValue().at("/content/application~1problem+json").isMissingNode()) {
                            undeclared.add(where + " " + r.getKey() + ": not a problem");
                        }
                    }
                }
                if (!has4xx) undeclared.add(where + ": no 4xx response");
                boolean write = !op.getKey().equals("get") && !op.getKey().equals("head");
                if (write && o.get("security").isEmpty()) undeclared.add(where + ": a write without a security requirement");
            }
        }
        assertThat(undeclared).isEmpty();
    }
}
