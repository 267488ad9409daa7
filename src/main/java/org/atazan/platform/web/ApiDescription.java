package org.atazan.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;


/**
 * The API as its consumers expect it described: who may call each operation (reading is public,
 * writing needs HTTP Basic, as {@code SecurityConfiguration} enforces), the RFC 9457 problems each
 * can answer, and the licence. Applied to every module's operations, so a new module's API is
 * described the same way without a line of its own.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {
    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";
    /** Reads that are not public (SecurityConfiguration): accounts and the audit trail. */
    static final List<String> PRIVATE_READS = List.of("/api/accounts", "/api/audit");

    @Bean
    OpenAPI atazanApi() {
        return new OpenAPI()
                .info(new Info().title("Atazan API")
                        .version("1")
                        .description("A constitutional reform run in the open: charters and their versions, "
                                + "comparisons, votes, protocols, results and open data. Reading is public; "
                                + "writing needs an account with the role for it (HTTP Basic). Errors are RFC 9457 problems.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/").description("this platform")))
                .components(new io.swagger.v3.oas.models.Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An official's account; see POST /api/accounts")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what was wrong and where (file, line, field)"))
                .addProperty("instance", new StringSchema());
    }

    @Bean
    GlobalOpenApiCustomizer securityAndProblems() {
        return api -> {
            if (api.getPaths() == null) return;
            // Added here, after springdoc has collected the schemas of the operations.
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> describe(path, method, op)));
            dropUnusedSchemas(api);
        };
    }

    /**
     * Schemas springdoc collected from return types that no response shows (a stream's emitter
     * class): listed, they would describe nothing a consumer receives.
     */
    static void dropUnusedSchemas(io.swagger.v3.oas.models.OpenAPI api) {
        var schemas = api.getComponents().getSchemas();
        if (schemas == null) return;
        try {
            boolean removed = true;
            while (removed) {
                String used = io.swagger.v3.core.util.Json.mapper().writeValueAsString(api.getPaths())
                        + io.swagger.v3.core.util.Json.mapper().writeValueAsString(schemas);
                removed = schemas.keySet().removeIf(name -> !used.contains("\"#/components/schemas/" + name + "\""));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void describe(String path, PathItem.HttpMethod method, Operation op) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        boolean open = read && PRIVATE_READS.stream().noneMatch(path::startsWith);
        if (op.getResponses() == null) op.setResponses(new ApiResponses());
        if (open) {
            op.setSecurity(List.of()); // public: explicitly no requirement
        } else {
            op.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
            problem(op, "401", "Not signed in: sign in with an account that may do this");
            problem(op, "403", "Signed in, but the account may not do this");
            problem(op, "413", "The request body is over its limit");
            problem(op, "422", "The input was not accepted: the problem says what and where");
        }
        // An operation annotated with its refusals only loses springdoc's default answer: say there is one.
        if (op.getResponses().keySet().stream().noneMatch(status -> status.startsWith("2"))) {
            op.getResponses().addApiResponse("200", new ApiResponse().description("Done: the answer described in the summary"));
        }
        if (path.contains("{")) problem(op, "404", "No such object");
        problem(op, "400", "A parameter or the body is malformed");
        op.getResponses().forEach((status, response) -> {
            if (status.startsWith("4")) problem(op, status, response.getDescription());
        });
    }

    private static void problem(Operation op, String status, String description) {
        if (op.getResponses().containsKey(status)) {
            ApiResponse existing = op.getResponses().get(status);
            // Errors are problems whatever the handler's annotation said its body was.
            if (existing.getContent() == null || !existing.getContent().containsKey("application/problem+json")) {
                existing.setContent(problemContent());
            }
            return;
        }
        op.getResponses().addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

}
