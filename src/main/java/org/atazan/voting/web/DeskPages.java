package org.atazan.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.ImportReport;
import org.atazan.voting.Protocol;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.VoteRegistry;
import org.atazan.voting.ColumnMapping;
import org.atazan.voting.ImportMode;
import org.atazan.platform.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The election officials' desk: enter a protocol or a correction, import a file (login, CSRF-protected
 * forms), and see who did what on the vote lately. Only for officials assigned to the vote, and the admin.
 */
@Controller
@PreAuthorize("hasAnyRole('ELECTION_OFFICIAL','ADMIN')")
class DeskPages {
    static final List<String> FIELDS = List.of("registered", "issued", "inBoxes", "invalid", "yes", "no");
    /** How many of the vote's latest actions the desk lists. */
    static final int RECENT_ACTIONS = 20;
    private static final DateTimeFormatter ACTION_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private final VoteRegistry votes;
    private final ProtocolDesk protocols;
    private final ProtocolImport imports;
    private final VoteAccess access;
    private final AuditTrail audit;
    private final MessageSource messages;

    DeskPages(VoteRegistry votes, ProtocolDesk protocols, ProtocolImport imports, VoteAccess access, AuditTrail audit,
              MessageSource messages) {
        this.votes = votes;
        this.protocols = protocols;
        this.imports = imports;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/voting/referendums/{id}/desk")
    String form(@PathVariable String id, @RequestParam(required = false) String station, Authentication who, Model model) {
        access.require(who, id);
        desk(id, Map.of("station", station == null ? "" : station), model);
        return "voting/desk";
    }

    /** What every view of the desk shows: the vote, the form, and who did what on the vote lately. */
    private void desk(String id, Map<String, String> form, Model model) {
        model.addAttribute("ref", votes.vote(id));
        model.addAttribute("form", form);
        model.addAttribute("fields", FIELDS);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("actions", audit.entries(VoteAccess.VOTE, id, RECENT_ACTIONS).stream()
                .map(a -> new ActionRow(ACTION_AT.format(a.at()), a.actor(),
                        messages.getMessage("desk.action." + a.action(), null, a.action(), locale), a.summary()))
                .toList());
    }

    /** One entry of the vote's audit trail as the desk lists it: when, which account, what (in the reader's language). */
    record ActionRow(String at, String actor, String action, String summary) {
    }

    /** An official who is not assigned to the vote sees why, in their language, with a 403. */
    @ExceptionHandler(NotAssignedToVote.class)
    String notAssigned(NotAssignedToVote e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("detail", messages.getMessage("voting.notAssigned", new Object[]{e.vote()}, e.getMessage(),
                LocaleContextHolder.getLocale()));
        return "error";
    }

    @PostMapping("/voting/referendums/{id}/desk/protocol")
    String protocol(@PathVariable String id, @RequestParam Map<String, String> form, Authentication who, Model model,
                    HttpServletResponse response) {
        access.require(who, id);
        String station = form.getOrDefault("station", "").strip();
        try {
            long[] v = new long[FIELDS.size()];
            for (int i = 0; i < v.length; i++) v[i] = number(station, FIELDS.get(i), form.get(FIELDS.get(i)));
            Protocol p = Protocol.single(station, v[0], v[1], v[2], v[3], v[4], v[5]);
            String reason = form.getOrDefault("reason", "");
            if (reason.isBlank()) protocols.submit(id, List.of(p), who.getName());
            else protocols.correct(id, p, who.getName(), reason);
            return "redirect:" + UriComponentsBuilder.fromPath("/voting/referendums/{id}").queryParam("unit", "{u}")
                    .encode().buildAndExpand(id, station).toUriString();
        } catch (BadInputException e) {
            response.setStatus(422);
            desk(id, form, model);
            model.addAttribute("error", e.getMessage());
            return "voting/desk";
        }
    }

    @PostMapping("/voting/referendums/{id}/desk/import")
    String importFile(@PathVariable String id, @RequestParam("file") MultipartFile file, @RequestParam String mapping,
                      @RequestParam String mode, Authentication who, Model model, HttpServletResponse response) {
        access.require(who, id);
        try {
            if (!mapping.matches("[a-z0-9-]+")) throw new BadInputException("field mapping: a shipped mapping name");
            Path dir = Files.createTempDirectory("atazan-import");
            Path tmp = dir.resolve(UploadName.safe(file.getOriginalFilename()));
            file.transferTo(tmp);
            try {
                ImportReport r = imports.run(id, tmp, ColumnMapping.shipped(mapping),
                        "skip-invalid".equals(mode) ? ImportMode.SKIP_INVALID : ImportMode.STRICT, who.getName());
                model.addAttribute("report", r);
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(dir);
            }
        } catch (BadInputException e) {
            response.setStatus(422);
            model.addAttribute("error", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // After the import, so that its entry is among the recent actions.
        desk(id, Map.of("station", ""), model);
        return "voting/desk";
    }

    private static long number(String station, String field, String value) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) throw new BadInputException("station " + station + ", field " + field + ": missing");
        try {
            long n = Long.parseLong(s);
            if (n < 0) throw new BadInputException("station " + station + ", field " + field + ": negative figure " + n);
            return n;
        } catch (NumberFormatException e) {
            throw new BadInputException("station " + station + ", field " + field + ": not a whole number: '" + s + "'");
        }
    }
}
