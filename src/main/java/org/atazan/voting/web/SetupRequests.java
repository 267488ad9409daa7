package org.atazan.voting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.atazan.voting.NewVote;
import org.atazan.voting.Question;
import org.atazan.voting.Territory;
import org.atazan.voting.TurnoutReport;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The JSON bodies officials send to set a vote up and report turnout, checked by Bean Validation. */
final class SetupRequests {
    private SetupRequests() {
    }

    /** A referendum to create; date as YYYY-MM-DD, the rest may be left out. */
    record NewReferendum(@NotBlank(message = "missing") String id, @NotBlank(message = "missing") String title,
                         @NotBlank(message = "missing") String date, String rule, String country,
                         List<@Valid @NotNull(message = "missing") NewQuestion> questions, Map<String, String> titles) {
        NewVote vote() {
            return new NewVote(id, title, date, rule, country,
                    questions == null ? List.of() : questions.stream().map(q -> new Question(q.id(), q.text())).toList(), titles);
        }
    }

    /** One yes/no question: its id in protocols ("1", "2", ...) and its wording. */
    record NewQuestion(@NotBlank(message = "missing") String id, String text) {
    }

    /** One territory; a station gives its registered electorate. */
    record NewTerritory(@NotBlank(message = "missing") String code, @NotBlank(message = "missing") String kind,
                        Map<String, String> names, String parent,
                        @PositiveOrZero(message = "negative") Long registered) {
        Territory territory() {
            return new Territory(code, kind, names == null ? Map.of() : names, parent, registered == null ? 0 : registered);
        }
    }

    /** Turnout of one unit at one hour ("at": "HH:MM"), in percent; {@code issued} when published. */
    record TurnoutLine(@NotBlank(message = "missing") String unit, @NotNull(message = "missing") LocalTime at,
                       @NotNull(message = "missing") BigDecimal percent,
                       @PositiveOrZero(message = "negative") Long issued) {
        TurnoutReport report() {
            return new TurnoutReport(unit, at, percent, issued);
        }
    }
}
