package org.atazan.kernel;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indented JSON for the commands' output, read by people as well as programs: decimals written
 * plainly ("0.0007", not "7.0E-4"). The mapper is built on first use only, to keep start-up short.
 */
public final class PrettyJson {
    private PrettyJson() {
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    public static String write(Object value) {
        return Holder.MAPPER.writeValueAsString(value);
    }
}
