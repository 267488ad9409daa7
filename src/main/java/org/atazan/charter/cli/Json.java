package org.atazan.charter.cli;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Pretty JSON for the commands' output; the mapper is built on first use only. */
final class Json {
    private Json() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    static String write(Object value) {
        return Holder.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
