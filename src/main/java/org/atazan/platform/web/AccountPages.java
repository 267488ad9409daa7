package org.atazan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atazan.platform.PersonalData;
import org.atazan.platform.security.CitizenAccounts;
import org.atazan.platform.security.CitizenAccounts.FieldRefusal;
import org.atazan.platform.security.CitizenAccounts.Profile;
import org.atazan.platform.security.CitizenAccounts.SignUp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A citizen's own account: signing up, following the confirmation link, the profile shown to the
 * public, notifications, the download of everything held about them, and deleting the account.
 */
@Controller
class AccountPages {
    private final CitizenAccounts accounts;
    private final ObjectProvider<PersonalData> modules;
    private final boolean localMailbox;
    private final String siteUrl;
    private final org.atazan.platform.RateLimits limits;
    private final int signUpsPerHour;

    AccountPages(CitizenAccounts accounts, ObjectProvider<PersonalData> modules, @Value("${spring.mail.host:}") String smtpHost,
                 @Value("${atazan.site-url:}") String siteUrl, org.atazan.platform.RateLimits limits,
                 @Value("${atazan.identity.sign-ups-per-address-per-hour:10}") int signUpsPerHour) {
        this.limits = limits;
        this.signUpsPerHour = signUpsPerHour;
        this.accounts = accounts;
        this.modules = modules;
        this.localMailbox = smtpHost.isBlank();
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    @ModelAttribute("regions")
    List<String> regions() {
        return accounts.regions();
    }

    @GetMapping("/account/new")
    String signUpForm(Model model, Locale locale) {
        model.addAttribute("form", new SignUp("", "", "", "", locale.getLanguage()));
        model.addAttribute("refusals", Map.of());
        return "platform/account-new";
    }

    @PostMapping("/account/new")
    String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String region,
                  @RequestParam(defaultValue = "") String language, Locale locale, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        SignUp form = new SignUp(email, password, displayName, region, language.isBlank() ? locale.getLanguage() : language);
        List<FieldRefusal> refusals = accounts.refusals(form);
        if (!refusals.isEmpty()) {
            response.setStatus(422);
            // The password is never sent back into the page.
            model.addAttribute("form", new SignUp(email, "", displayName, region, form.language()));
            model.addAttribute("refusals", byField(refusals));
            return "platform/account-new";
        }
        // Each sign-up sends a mail: one address may not make the platform mail the world.
        if (!limits.tryAcquire("account.sign-up", request.getRemoteAddr(), signUpsPerHour, java.time.Duration.ofHours(1))) {
            response.setStatus(429);
            response.setHeader("Retry-After", "3600");
            model.addAttribute("form", new SignUp(email, "", displayName, region, form.language()));
            model.addAttribute("refusals", Map.of("email", "account.refused.tooMany"));
            return "platform/account-new";
        }
        accounts.signUp(form, siteUrl(request));
        model.addAttribute("localMailbox", localMailbox);
        return "platform/account-sent";
    }

    @GetMapping("/account/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        boolean confirmed = accounts.confirm(token).isPresent();
        if (!confirmed) response.setStatus(410);
        model.addAttribute("confirmed", confirmed);
        return "platform/account-confirmed";
    }

    @GetMapping("/account")
    String account(Principal who, Model model) {
        var own = accounts.own(who.getName()).orElseThrow(() -> new org.atazan.kernel.NotFoundException("no such account"));
        model.addAttribute("own", own);
        model.addAttribute("notifications", accounts.notifications(who.getName(), 50));
        model.addAttribute("refusals", Map.of());
        return "platform/account";
    }

    @PostMapping("/account/profile")
    String profile(Principal who, @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String region,
                   @RequestParam(defaultValue = "ru") String language, Model model, HttpServletResponse response) {
        Profile p = new Profile(displayName, region, language);
        List<FieldRefusal> refusals = accounts.refusals(p);
        if (!refusals.isEmpty()) {
            response.setStatus(422);
            account(who, model);
            model.addAttribute("refusals", byField(refusals));
            return "platform/account";
        }
        accounts.updateProfile(who.getName(), p);
        return "redirect:/account?saved";
    }

    /** Everything held about the signed-in person, as one JSON file: the platform's part and each module's. */
    @GetMapping(value = "/account/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> data(Principal who) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("platform", accounts.data(who.getName()).orElseThrow(() -> new org.atazan.kernel.NotFoundException("no such account")));
        modules.orderedStream().forEach(m -> all.put(m.section(), m.about(who.getName())));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(all);
    }

    @PostMapping("/account/delete")
    String delete(Principal who, @RequestParam(defaultValue = "") String confirm, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!"yes".equals(confirm)) {
            response.setStatus(422);
            account(who, model);
            model.addAttribute("refusals", Map.of("confirm", "account.refused.confirm"));
            return "platform/account";
        }
        accounts.delete(who.getName());
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "platform/account-deleted";
    }

    private static Map<String, String> byField(List<FieldRefusal> refusals) {
        Map<String, String> m = new LinkedHashMap<>();
        for (FieldRefusal r : refusals) m.putIfAbsent(r.field(), r.messageKey());
        return m;
    }

    /**
     * The address for links in mails: {@code atazan.site-url} in a deployment, so that a forged Host
     * header cannot send a confirmation link (and its token) to another site; the request's own
     * address only on an install where it is not set.
     */
    private String siteUrl(HttpServletRequest request) {
        if (!siteUrl.isBlank()) return siteUrl;
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
