package org.atazan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether the platform starts from the bean definitions that Spring's AOT processing wrote at build
 * ({@code spring.aot.enabled}, set by the launcher for {@code serve}): no classpath scan and no
 * condition evaluation at start, a third less CPU. Those definitions fixed Spring Boot's conditions
 * with the packaged settings, so a setting that decides beans at run time (an SMTP server in
 * {@code spring.mail.host}, the national identity in {@code spring.security.oauth2.client.*}, an
 * actuator endpoint exposed, a profile…) would be silently ignored. When any {@code spring.*},
 * {@code management.*}, {@code springdoc.*} or {@code server.*} setting (other than the port) comes from
 * outside the packaged application.properties, or the build made no AOT classes, the start wires
 * the context at run time as before and says why. The platform's own {@code atazan.*} settings decide
 * no bean by a condition (there is no {@code @Conditional} in the platform), so they never matter.
 * Runs when the environment is prepared: before the context is created and its initializers chosen.
 */
final class AotStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String FLAG = AotDetector.AOT_ENABLED;
    /** Settings whose namespaces hold the conditions of Spring Boot's auto-configuration. */
    static final List<String> DECIDING = List.of("spring.", "management.", "springdoc.", "server.",
            // The platform's own settings that choose beans (@ConditionalOnProperty): AotStartTest keeps this list whole.
            "atazan.record.append");
    /** Settings in those namespaces that decide no bean: the port serve passes, the flag itself, Spring's exit at refresh. */
    static final Set<String> HARMLESS = Set.of("server.port", FLAG, "spring.context.exit");
    /** Sources of settings that the build saw too: the packaged configuration, Spring Boot's own facts about the run. */
    static final Predicate<String> PACKAGED = name -> name.contains("class path resource [")
            || name.equals("applicationInfo") || name.equals("random");
    private static final Logger log = LoggerFactory.getLogger(AotStart.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!AotDetector.useGeneratedArtifacts()) return;
        Optional<String> why = reasonAgainst(event.getEnvironment(), event.getSpringApplication().getMainApplicationClass());
        if (why.isPresent()) {
            System.clearProperty(FLAG);
            log.info("Wiring the context at run time, not from the build's AOT classes: {}", why.get());
        }
    }

    /** Why the build's AOT bean definitions would not fit this environment; empty when they fit. */
    static Optional<String> reasonAgainst(ConfigurableEnvironment env, Class<?> main) {
        String initializer = main.getName() + "__ApplicationContextInitializer";
        if (!ClassUtils.isPresent(initializer, main.getClassLoader())) {
            return Optional.of("the build made no " + initializer);
        }
        for (PropertySource<?> source : env.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?>) || PACKAGED.test(source.getName())) continue;
            if (!(ConfigurationPropertySource.from(source) instanceof IterableConfigurationPropertySource names)) continue;
            Optional<String> deciding = names.stream().map(Object::toString).filter(AotStart::decidesBeans).findFirst();
            if (deciding.isPresent()) return Optional.of(deciding.get() + " is set (" + source.getName() + ")");
        }
        return Optional.empty();
    }

    static boolean decidesBeans(String name) {
        return !HARMLESS.contains(name) && DECIDING.stream().anyMatch(name::startsWith);
    }
}
