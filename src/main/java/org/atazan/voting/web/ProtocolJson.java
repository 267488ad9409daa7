package org.atazan.voting.web;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.Protocol;
import org.atazan.voting.QuestionResult;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads protocols from JSON with messages that name the protocol, station and field:
 * {"station", "registered", "issued", "inBoxes", "invalid", "yes", "no"} or "questions": [{"id","yes","no"}].
 * Read by hand rather than bound to a record, because the shape varies (one protocol or an array, one
 * question or several) and every message names the station, which a bound record cannot do.
 */
final class ProtocolJson {
    private ProtocolJson() {
    }

    static List<Protocol> many(JsonNode body) {
        if (body == null || body.isNull()) throw new BadInputException("request body: expected a protocol or an array of protocols");
        List<Protocol> out = new ArrayList<>();
        if (body.isArray()) {
            for (int i = 0; i < body.size(); i++) out.add(one(body.get(i), "protocol " + (i + 1) + ", "));
        } else {
            out.add(one(body, ""));
        }
        return out;
    }

    static Protocol one(JsonNode n, String where) {
        if (!n.isObject()) throw new BadInputException(where + "expected a JSON object");
        JsonNode st = n.get("station");
        if (st == null || !st.isString() || st.asString().isBlank()) {
            throw new BadInputException(where + "field station: missing");
        }
        String station = st.asString();
        String at = where + "station " + station + ", field ";
        long reg = number(n, "registered", at);
        long issued = number(n, "issued", at);
        long inBoxes = number(n, "inBoxes", at);
        long invalid = number(n, "invalid", at);
        List<QuestionResult> qs = new ArrayList<>();
        JsonNode questions = n.get("questions");
        if (questions != null && questions.isArray()) {
            for (JsonNode q : questions) {
                String id = q.has("id") ? q.get("id").asString() : String.valueOf(qs.size() + 1);
                qs.add(new QuestionResult(id, number(q, "yes", at), number(q, "no", at)));
            }
        } else {
            qs.add(new QuestionResult("1", number(n, "yes", at), number(n, "no", at)));
        }
        if (qs.isEmpty()) throw new BadInputException(at + "questions: empty");
        return new Protocol(station, reg, issued, inBoxes, invalid, qs);
    }

    private static long number(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new BadInputException(at + field + ": missing");
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new BadInputException(at + field + ": not a whole number: " + v);
        }
        long x = v.asLong();
        if (x < 0) throw new BadInputException(at + field + ": negative figure " + x);
        return x;
    }
}
