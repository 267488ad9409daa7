package org.atazan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When serve may start from the build's AOT bean definitions ({@link AotStart}): only when no setting
 * that Spring Boot's conditions read comes from outside the packaged configuration, and only when the
 * platform's own settings decide no bean by a condition, which the last test keeps true. The AOT start
 * itself is run by AotStartIT after the build made its classes.
 */
class AotStartTest {

    /** A main class whose AOT initializer "exists" (the nested class below has the name Spring looks for). */
    static final class Main {
    }

    static final class Main__ApplicationContextInitializer {
    }

    static StandardEnvironment environment(org.springframework.core.env.PropertySource<?>... sources) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        for (var s : sources) env.getPropertySources().addLast(s);
        return env;
    }

    @Test
    void whatServePassesAndThePackagedSettingsKeepTheAotStart() {
        var env = environment(
                new MapPropertySource("commandLineArgs", Map.of("server.port", "8080", "atazan.data-dir", "/d",
                        "atazan.demo", "true", "atazan.demo.background", "true", "atazan.db.url", "jdbc:postgresql://h/db")),
                new MapPropertySource("systemProperties", Map.of("spring.aot.enabled", "true", "atazan.home", "/w",
                        "spring.context.exit", "onRefresh", "atazan.training", "true", "java.version", "17")),
                new MapPropertySource("applicationInfo", Map.of("spring.application.pid", "1")),
                new MapPropertySource("Config resource 'class path resource [application.properties]' via location 'optional:classpath:/'",
                        Map.of("spring.flyway.out-of-order", "true", "management.endpoints.web.exposure.include", "health,info")));
        assertThat(AotStart.reasonAgainst(env, Main.class)).isEmpty();
    }

    @Test
    void anSmtpServerInTheEnvironmentWiresAtRunTime() {
        var env = environment(new SystemEnvironmentPropertySource("systemEnvironment", Map.of("SPRING_MAIL_HOST", "smtp.example")));
        assertThat(AotStart.reasonAgainst(env, Main.class)).hasValueSatisfying(r -> assertThat(r).contains("spring.mail.host"));
    }

    @Test
    void theNationalIdentityOrAnEndpointInAConfigFileWiresAtRunTime() {
        var oauth = environment(new MapPropertySource("Config resource 'file [config/application.properties]' via location 'optional:file:./config/'",
                Map.of("spring.security.oauth2.client.registration.national.client-id", "x")));
        assertThat(AotStart.reasonAgainst(oauth, Main.class)).hasValueSatisfying(r -> assertThat(r).contains("oauth2"));
        var endpoint = environment(new MapPropertySource("systemProperties", Map.of("management.endpoints.web.exposure.include", "*")));
        assertThat(AotStart.reasonAgainst(endpoint, Main.class)).isPresent();
        var profile = environment(new MapPropertySource("systemProperties", Map.of("spring.profiles.active", "x")));
        assertThat(AotStart.reasonAgainst(profile, Main.class)).isPresent();
    }

    @Test
    void withoutTheBuildsAotClassesTheStartWiresAtRunTime() {
        assertThat(AotStart.reasonAgainst(environment(), AotStartTest.class))
                .hasValueSatisfying(r -> assertThat(r).contains("AotStartTest__ApplicationContextInitializer"));
    }

    /**
     * AotStart lets the platform's settings through except those it lists: true only while every bean of the
     * platform that is conditional is conditional on a property AotStart lists (the build fixed the condition;
     * setting it at run time makes the start wire at run time instead).
     */
    @Test
    void everyConditionalBeanOfThePlatformHangsOnASettingThatAotStartWatches() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.atazan");
        noMethods().should().beMetaAnnotatedWith(Conditional.class)
                .because("the AOT start fixes conditions at build; a condition on atazan.* settings must be added to AotStart")
                .check(classes);
        int conditional = 0;
        for (var c : classes) {
            if (!c.isMetaAnnotatedWith(Conditional.class)) continue;
            conditional++;
            org.springframework.boot.autoconfigure.condition.ConditionalOnProperty p = c.reflect()
                    .getAnnotation(org.springframework.boot.autoconfigure.condition.ConditionalOnProperty.class);
            assertThat(p).as(c.getName() + " is conditional on something other than a setting").isNotNull();
            for (String name : p.name().length > 0 ? p.name() : p.value()) {
                String full = p.prefix().isEmpty() ? name : p.prefix() + "." + name;
                assertThat(AotStart.decidesBeans(full)).as(c.getName() + " hangs on " + full + ", which AotStart does not watch").isTrue();
            }
        }
        assertThat(conditional).as("the record's two ways of appending").isEqualTo(2);
    }
}
