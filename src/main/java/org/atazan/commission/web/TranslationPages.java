package org.atazan.commission.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.commission.Body;
import org.atazan.commission.BodyText;
import org.atazan.commission.CommissionDesk;
import org.atazan.commission.CommissionRefusal;
import org.atazan.commission.TranslationRefused;
import org.atazan.consultation.LanguageDetector;
import org.atazan.kernel.BadInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The form a body's secretary or chair translates its texts with: every text (agenda items, places, members' names
 * and offices) with one input per language it is not typed in, filled with the stored translation. A plain form
 * (CSRF token, no script): saved, a redirect back with how many changed; refused, the page again with 422, what
 * was sent, and the reason at the field in the reader's language.
 */
@Controller
class TranslationPages {
    private final CommissionDesk desk;
    private final CommissionAccess access;
    private final Clock clock;

    TranslationPages(CommissionDesk desk, CommissionAccess access, Clock clock) {
        this.desk = desk;
        this.access = access;
        this.clock = clock;
    }

    /** What the form sends: one row per text, its source as typed and its translations by language code. */
    public static class Form {
        private List<Row> rows = new ArrayList<>();

        public List<Row> getRows() {
            return rows;
        }

        public void setRows(List<Row> rows) {
            this.rows = rows;
        }
    }

    public static class Row {
        private String source;
        private Map<String, String> text = new LinkedHashMap<>();

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public Map<String, String> getText() {
            return text;
        }

        public void setText(Map<String, String> text) {
            this.text = text;
        }
    }

    /** One input: the language, the field's name and id, its value, and the problem with it after a refusal. */
    record Cell(String language, String name, String id, String value, String problem) {
    }

    /** One text: its row, as typed, the language it is typed in (for {@code lang}), its inputs. */
    record Line(int row, String source, String lang, List<Cell> cells) {
    }

    record Section(String kind, List<Line> lines) {
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        // Spring grows a bound list to 256 elements by default; a body has more texts. The desk bounds the request.
        binder.setAutoGrowCollectionLimit(10_000);
        binder.setAllowedFields("rows[*].source", "rows[*].text[*]");
    }

    @GetMapping("/commission/bodies/{id}/translations")
    String page(@PathVariable String id, Model model, Locale locale, Authentication who) {
        Body body = desk.body(id);
        LocalDate today = today();
        if (!access.requireSeat(who, body, today).role().runsMeetings()) {
            throw new AccessDeniedException("only the secretary or chair of '" + id + "' translates its texts");
        }
        return page(body, null, null, model, locale);
    }

    @PostMapping("/commission/bodies/{id}/translations")
    String save(@PathVariable String id, @ModelAttribute("form") Form form, Model model, Locale locale, Authentication who,
                HttpServletResponse response, RedirectAttributes redirect) {
        Body body = desk.body(id);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Phrases.ZONE);
        access.requireSeat(who, body, today);
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (Row r : form.getRows()) {
            if (r == null || r.getSource() == null) continue;
            r.getText().forEach((language, text) -> byLanguage.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(r.getSource(), text));
        }
        try {
            int changed = desk.translate(id, byLanguage, now, today, who.getName());
            redirect.addFlashAttribute("saved", changed);
            return "redirect:/commission/bodies/" + id + "/translations";
        } catch (BadInputException e) {
            // TranslationRefused names the text and language; CommissionRefusal the rule (only the secretary or chair).
            response.setStatus(422);
            return page(body, form, e, model, locale);
        }
    }

    private String page(Body body, Form sent, BadInputException refusal, Model model, Locale locale) {
        Map<String, Map<String, String>> sentValues = new LinkedHashMap<>();
        if (sent != null) {
            for (Row r : sent.getRows()) if (r != null && r.getSource() != null) sentValues.put(r.getSource(), r.getText());
        }
        TranslationRefused refused = refusal instanceof TranslationRefused t ? t : null;
        Map<String, Section> sections = new LinkedHashMap<>();
        for (BodyText.Kind k : BodyText.Kind.values()) sections.put(CommissionDesk.code(k), new Section(CommissionDesk.code(k), new ArrayList<>()));
        String problemId = null;
        int row = 0;
        for (BodyText t : desk.texts(body.id())) {
            String typedIn = LanguageDetector.detect(t.source()).map(l -> l.code()).orElse(null);
            List<Cell> cells = new ArrayList<>();
            for (String language : CommissionDesk.LANGUAGES) {
                // The language it is typed in needs no translation, unless one was stored (through the API): shown to be seen.
                if (language.equals(typedIn) && !t.translations().containsKey(language)) continue;
                String value = sent != null && sentValues.containsKey(t.source())
                        ? sentValues.get(t.source()).getOrDefault(language, "") : t.translations().getOrDefault(language, "");
                String cellId = "t-" + row + "-" + language;
                String problem = null;
                if (refused != null && t.source().equals(refused.source()) && language.equals(refused.language())) {
                    problem = CommissionDesk.code(refused.problem());
                    problemId = cellId;
                }
                cells.add(new Cell(language, "rows[" + row + "].text[" + language + "]", cellId, value, problem));
            }
            sections.get(CommissionDesk.code(t.kind())).lines().add(new Line(row, t.source(), typedIn == null ? locale.getLanguage() : typedIn, cells));
            row++;
        }
        model.addAttribute("body", body);
        model.addAttribute("heading", desk.title(body, locale.getLanguage()));
        model.addAttribute("sample", body.id().endsWith(CommissionPages.SAMPLE_SUFFIX));
        model.addAttribute("sections", sections.values().stream().filter(s -> !s.lines().isEmpty()).toList());
        model.addAttribute("refusal", refusal == null ? null : refusal.getMessage());
        model.addAttribute("refusalProblem", refused == null ? (refusal instanceof CommissionRefusal ? "runs" : "other")
                : CommissionDesk.code(refused.problem()));
        model.addAttribute("refusalField", problemId);
        model.addAttribute("refusalSource", refused == null ? null : refused.source());
        model.addAttribute("refusalLanguage", refused == null ? null : refused.language());
        model.addAttribute("maxText", CommissionDesk.MAX_TEXT);
        return "commission/translations";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Phrases.ZONE);
    }
}
