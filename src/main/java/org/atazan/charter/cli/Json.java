package org.atazan.charter.cli;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Pretty JSON for the commands' output; the mapper is built on first use only. */
final class Json {
    private Json() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    static String write(Object value) {
        return Holder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
