package org.atazan.voting;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One JSON shape of figures for the API, live updates, open data, events and the command line. */
class TallyFiguresTest {
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aProtocolIsItsBallotsAndAnswersOnly() {
        assertThat(json.writeValueAsString(TallyFigures.of(Protocol.single("S", 1000, 600, 600, 10, 400, 190))))
                .isEqualTo("{\"registered\":1000,\"issued\":600,\"inBoxes\":600,\"invalid\":10,\"yes\":400,\"no\":190}");
        Protocol two = new Protocol("S", 1000, 600, 600, 0, List.of(new QuestionResult("1", 400, 200), new QuestionResult("2", 100, 500)));
        assertThat(json.writeValueAsString(TallyFigures.of(two))).endsWith("\"yes\":400,\"no\":200,\"questions\":["
                + "{\"questionId\":\"1\",\"yes\":400,\"no\":200},{\"questionId\":\"2\",\"yes\":100,\"no\":500}]}");
    }

    @Test
    void totalsCountStationsAndRoundTheShares() {
        Tally t = new Tally(3, 2300, 1400, 1400, 10, 850, 540);
        assertThat(json.writeValueAsString(TallyFigures.of(t, 2))).isEqualTo("{\"stations\":3,\"registered\":2300,\"issued\":1400,"
                + "\"inBoxes\":1400,\"invalid\":10,\"yes\":850,\"no\":540,\"turnoutPercent\":60.87,\"yesPercent\":60.71}");
        assertThat(TallyFigures.of(t, 4).turnoutPercent()).isEqualTo(60.8696);
        assertThat(json.writeValueAsString(TallyFigures.of(t, 2).withStations(null))).startsWith("{\"registered\":2300,");
    }

    @Test
    void eventsWithFiguresReadBackAsTheyWereWritten() {
        ProtocolAccepted e = new ProtocolAccepted("t", "S", 1, "official", Votes.NOW,
                TallyFigures.of(Protocol.single("S", 1000, 600, 600, 10, 400, 190)));
        assertThat(json.readValue(json.writeValueAsString(e), ProtocolAccepted.class)).isEqualTo(e);
        ResultPublished r = new ResultPublished("t", 1, "chief", Votes.NOW, TallyFigures.of(new Tally(1, 10, 5, 5, 0, 3, 2), 2),
                List.of(new PublishedResult.QuestionVerdict("1", 3, 2, "kazakhstan", true, null)));
        assertThat(json.readValue(json.writeValueAsString(r), ResultPublished.class)).isEqualTo(r);
    }
}
