package org.atazan.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One message bundle per module ({@code i18n/<module>/messages[_kk|_ru].properties}), found on the
 * class path and merged: a new module adds its folder and edits no shared list.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

    static final String BUNDLES = "classpath*:i18n/*/messages.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code i18n/<module>/messages} for every module's bundle, in module order. */
    static String[] basenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(ModuleMessages.class.getClassLoader()).getResources(BUNDLES);
            return Arrays.stream(found).map(r -> {
                try {
                    String url = r.getURL().toString();
                    String path = url.substring(url.lastIndexOf("i18n/"));
                    return path.substring(0, path.length() - ".properties".length());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
