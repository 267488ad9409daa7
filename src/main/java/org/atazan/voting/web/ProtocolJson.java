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
    /** The longest station code a protocol may name (no territory has a longer one). */
    static final int MAX_STATION = 500;

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
        if (st == null || st.isNull() || (st.isString() && st.asString().isBlank())) {
            throw new BadInputException(where + "field station: missing");
        }
        if (!st.isString()) throw new BadInputException(where + "field station: expected a text (the station's code), was " + shown(st));
        String station = st.asString();
        if (station.indexOf('\0') >= 0) {
            throw new BadInputException(where + "field station: contains a NUL character (\\u0000), which no text may hold");
        }
        if (station.length() > MAX_STATION) {
            throw new BadInputException(where + "field station: at most " + MAX_STATION + " characters, was " + station.length());
        }
        String at = where + "station " + station + ", field ";
        long reg = number(n, "registered", at);
        long issued = number(n, "issued", at);
        long inBoxes = number(n, "inBoxes", at);
        long invalid = number(n, "invalid", at);
        List<QuestionResult> qs = new ArrayList<>();
        JsonNode questions = n.get("questions");
        if (questions != null && !questions.isNull() && !questions.isArray()) {
            throw new BadInputException(at + "questions: expected an array of {\"id\", \"yes\", \"no\"}, was " + shown(questions));
        }
        if (questions != null && questions.isArray()) {
            for (int i = 0; i < questions.size(); i++) {
                JsonNode q = questions.get(i);
                String qAt = at + "questions[" + (i + 1) + "].";
                if (!q.isObject()) throw new BadInputException(at + "questions[" + (i + 1) + "]: expected a JSON object, was " + shown(q));
                JsonNode qid = q.get("id");
                if (qid != null && !qid.isNull() && !qid.isString() && !qid.isIntegralNumber()) {
                    throw new BadInputException(qAt + "id: expected a text, was " + shown(qid));
                }
                String id = qid == null || qid.isNull() ? String.valueOf(qs.size() + 1) : qid.asString();
                if (id.isBlank()) throw new BadInputException(qAt + "id: missing");
                qs.add(new QuestionResult(id, number(q, "yes", qAt), number(q, "no", qAt)));
            }
        } else {
            qs.add(new QuestionResult("1", number(n, "yes", at), number(n, "no", at)));
        }
        if (qs.isEmpty()) throw new BadInputException(at + "questions: empty");
        return new Protocol(station, reg, issued, inBoxes, invalid, qs);
    }

    /** The reason of a correction: a text, or absent (then the desk says one is needed). */
    static String reason(JsonNode body, String station) {
        JsonNode r = body.get("reason");
        if (r == null || r.isNull()) return null;
        if (!r.isString()) {
            throw new BadInputException("station " + station + ", field reason: expected a text, was " + shown(r));
        }
        return r.asString();
    }

    /** A JSON value for a message: at most 40 characters of it. */
    static String shown(JsonNode v) {
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static long number(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new BadInputException(at + field + ": missing");
        if (!v.isIntegralNumber()) throw new BadInputException(at + field + ": not a whole number: " + shown(v));
        if (!v.canConvertToLong()) throw new BadInputException(at + field + ": too large a figure: " + shown(v));
        long x = v.asLong();
        if (x < 0) throw new BadInputException(at + field + ": negative figure " + x);
        return x;
    }
}
