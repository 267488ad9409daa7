package org.atazan.commission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.commission.Body;
import org.atazan.commission.BodyText;
import org.atazan.commission.CommissionDesk;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translations of a body's texts (agenda items, places, members' names and offices) into the page languages: read
 * by anyone, set by the body's secretary or chair. The API and the minutes' canonical text keep the texts as typed;
 * only the pages show the translations.
 */
@RestController
@Tag(name = "Commission", description = "Bodies, their meetings, attendance, polls and results with the arithmetic")
class TranslationApi {
    private final CommissionDesk desk;
    private final CommissionAccess access;
    private final Clock clock;

    TranslationApi(CommissionDesk desk, CommissionAccess access, Clock clock) {
        this.desk = desk;
        this.access = access;
        this.clock = clock;
    }

    /** {@code kind}: item (an agenda item), place (a meeting's), member (a member's public name or office). */
    record TextJson(String kind, String source, Map<String, String> translations) {
    }

    record TextsJson(List<String> languages, List<TextJson> texts) {
    }

    /** The text as typed to its translation. */
    record TranslationsJson(Map<String, String> translations) {
    }

    @GetMapping("/api/commission/bodies/{id}/translations")
    @Operation(summary = "The body's texts its pages show translated (agenda items, meetings' places, members' names and offices), "
            + "each once in a stable order, with their translations per language")
    TextsJson bodyTexts(@PathVariable String id) {
        return new TextsJson(CommissionDesk.LANGUAGES, desk.texts(id).stream()
                .map(t -> new TextJson(CommissionDesk.code(t.kind()), t.source(), new LinkedHashMap<>(t.translations()))).toList());
    }

    @GetMapping("/api/commission/bodies/{id}/translations/{language}")
    @Operation(summary = "The translations of the body's texts into a language (kk, ru, en): each text as typed to its translation, "
            + "in the order of the body's texts")
    TranslationsJson bodyTranslations(@PathVariable String id, @PathVariable String language) {
        language(language);
        Map<String, String> out = new LinkedHashMap<>();
        for (BodyText t : desk.texts(id)) {
            String text = t.translations().get(language);
            if (text != null) out.put(t.source(), text);
        }
        return new TranslationsJson(out);
    }

    @PutMapping("/api/commission/bodies/{id}/translations/{language}")
    @Operation(summary = "Replace the translations of the body's texts into a language (the body's secretary or chair): the texts "
            + "named get these translations, a blank one or a text not named has none. Each source must be one of the body's texts; "
            + "a translation is one line of at most 500 characters; at most 5,000 at once. All or nothing")
    TranslationsJson replaceBodyTranslations(@PathVariable String id, @PathVariable String language, @RequestBody TranslationsJson in, Authentication who) {
        language(language);
        Body body = desk.body(id);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Phrases.ZONE);
        access.requireSeat(who, body, today);
        if (in == null || in.translations() == null) throw new BadInputException("field translations: missing");
        desk.replaceTranslations(id, language, in.translations(), now, today, who.getName());
        return bodyTranslations(id, language);
    }

    /** A language the platform has no pages in is no resource: 404, as an unknown body. */
    private static void language(String language) {
        if (!CommissionDesk.LANGUAGES.contains(language)) {
            throw new NotFoundException("no language '" + (language.length() > 20 ? language.substring(0, 20) : language) + "': one of "
                    + CommissionDesk.LANGUAGES);
        }
    }
}
