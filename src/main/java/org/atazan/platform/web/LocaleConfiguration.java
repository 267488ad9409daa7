package org.atazan.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Kazakh, Russian and English: the language comes from {@code ?lang=}, then a cookie, then the
 * browser's Accept-Language, then English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);
    private static final String COOKIE = "atazan-lang";

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static Locale bestMatch(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale s : SUPPORTED) {
                if (s.getLanguage().equals(wanted.getLanguage())) return s;
            }
        }
        return Locale.ENGLISH;
    }

    /** Keeps the reader's choice in a cookie; only the three supported languages are accepted. */
    static final class SupportedLocaleResolver implements LocaleResolver {
        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Object chosen = request.getAttribute(COOKIE);
            if (chosen instanceof Locale l) return l;
            if (request.getCookies() != null) {
                for (var c : request.getCookies()) {
                    if (COOKIE.equals(c.getName())) {
                        Locale l = supported(c.getValue());
                        if (l != null) return l;
                    }
                }
            }
            return bestMatch(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale l = locale == null ? null : supported(locale.getLanguage());
            if (l == null) return;
            request.setAttribute(COOKIE, l);
            if (response != null) {
                jakarta.servlet.http.Cookie c = new jakarta.servlet.http.Cookie(COOKIE, l.getLanguage());
                c.setPath("/");
                c.setMaxAge((int) Duration.ofDays(365).toSeconds());
                c.setHttpOnly(true);
                c.setAttribute("SameSite", "Lax");
                response.addCookie(c);
            }
        }

        private static Locale supported(String language) {
            for (Locale s : SUPPORTED) if (s.getLanguage().equals(language)) return s;
            return null;
        }
    }
}
