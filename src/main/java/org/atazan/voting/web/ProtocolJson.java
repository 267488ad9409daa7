package org.atazan.voting.web;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.Protocol;
import org.atazan.voting.QuestionResult;
import org.atazan.voting.Revision;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads protocols from JSON with messages that name the protocol, station and field:
 * {"station", "registered", "issued", "inBoxes", "invalid", "yes", "no"} or "questions": [{"id","yes","no"}].
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

    static Map<String, Object> out(Revision r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("station", r.station());
        m.put("revision", r.number());
        m.putAll(figures(r.protocol()));
        m.put("enteredBy", r.enteredBy());
        m.put("enteredAt", r.enteredAt().toString());
        m.put("reason", r.reason());
        return m;
    }

    static Map<String, Object> figures(Protocol p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registered", p.registered());
        m.put("issued", p.issued());
        m.put("inBoxes", p.inBoxes());
        m.put("invalid", p.invalid());
        m.put("yes", p.yes());
        m.put("no", p.no());
        if (p.questions().size() > 1) m.put("questions", p.questions());
        return m;
    }
}
