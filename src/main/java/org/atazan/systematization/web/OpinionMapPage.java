package org.atazan.systematization.web;

import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.ConversationSources;
import org.atazan.systematization.OpinionMap;
import org.atazan.systematization.OpinionMaps;
import org.atazan.systematization.Reaction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A consultation's opinion map (public): the chart of participants and their groups, and the same in a
 * table: each group's size, the statements that set it apart, and what every group agrees with.
 * Nobody is named: a participant is a mark.
 */
@Controller
class OpinionMapPage {
    /** The most consensus statements listed. */
    static final int CONSENSUS = 10;
    private final ConsultationRegistry registry;
    private final OpinionMaps maps;
    private final ConversationSources sources;
    private final MessageSource messages;

    OpinionMapPage(ConsultationRegistry registry, OpinionMaps maps, ConversationSources sources, MessageSource messages) {
        this.registry = registry;
        this.maps = maps;
        this.sources = sources;
        this.messages = messages;
    }

    /** A statement as the page lists it, with its text's language; {@code detail} says the shares in words. */
    record Statement(String reference, String wording, String language, String detail) {
    }

    record Group(int number, String size, List<Statement> apart) {
    }

    @GetMapping("/consultations/{id}/opinions")
    String page(@PathVariable String id, Model model) {
        Consultation c = registry.consultation(id);
        OpinionMap map = maps.of(id);
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        List<Group> groups = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (OpinionMap.GroupProfile g : map.profiles()) {
            List<Statement> apart = g.distinctive().stream().map(d -> statement(id, d.statement(),
                    text(d.stance() == Reaction.DISAGREE ? "systematization.opinions.disagreesMore" : "systematization.opinions.agreesMore",
                            locale, percent.format(d.inGroup()), percent.format(d.others())))).toList();
            groups.add(new Group(g.group() + 1, integer.format(g.size()), apart));
            legend.add(text("systematization.opinions.legend", locale, g.group() + 1, integer.format(g.size())));
        }
        List<Statement> consensus = map.consensus().stream().limit(CONSENSUS).map(a -> {
            List<String> shares = new ArrayList<>();
            for (int g = 0; g < a.shares().size(); g++) {
                shares.add(text("systematization.opinions.share", locale, g + 1, percent.format(a.shares().get(g))));
            }
            return statement(id, a.statement(), String.join(", ", shares));
        }).toList();
        model.addAttribute("c", c);
        model.addAttribute("map", map);
        model.addAttribute("groups", groups);
        model.addAttribute("consensus", consensus);
        model.addAttribute("placed", integer.format(map.placed().size()));
        model.addAttribute("statements", integer.format(map.statements()));
        model.addAttribute("minReactions", integer.format(map.minReactions()));
        model.addAttribute("source", sources.of(id).orElse(null));
        if (map.groups() > 0) {
            model.addAttribute("chart", OpinionChart.svg(map, legend,
                    text("systematization.opinions.chartTitle", locale, integer.format(map.groups())),
                    text("systematization.opinions.chartDesc", locale, integer.format(map.placed().size())),
                    text("systematization.opinions.xAxis", locale), text("systematization.opinions.yAxis", locale)));
        }
        return "systematization/opinions";
    }

    private Statement statement(String consultationId, String reference, String detail) {
        var p = registry.proposal(consultationId, ReferenceNumber.parse("statement", reference));
        return new Statement(reference, p.wording(), p.language().code(), detail);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
