package org.atazan;

import org.atazan.platform.db.EarlyDatabaseStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.AotDetector;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform started the way {@code ./atazan serve} starts it: from the bean definitions Spring's AOT
 * processing wrote at build ({@code spring.aot.enabled}). Run by failsafe after the package phase, when
 * those classes exist ({@code mvn verify}). The AOT context holds the same beans as a context wired at
 * run time (so no condition came out differently), schedules the same tasks, and serves pages; a
 * setting that decides beans at run time (an SMTP server) makes the start wire at run time instead.
 */
class AotStartIT {

    @TempDir
    Path dir;
    String url;

    @BeforeEach
    void freshDatabase() {
        String database = "aot_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(TestDatabases.embeddedDataSource())
                .sql("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                .update();
        url = TestDatabases.embedded().jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    @AfterEach
    void flagOff() {
        System.clearProperty(AotDetector.AOT_ENABLED);
    }

    ConfigurableApplicationContext start(boolean aot, String... more) {
        return start(aot, true, more);
    }

    /** With {@code external}, on the tests' server (atazan.db.url); without, on an embedded PostgreSQL of its own under the data directory. */
    ConfigurableApplicationContext start(boolean aot, boolean external, String... more) {
        if (aot) System.setProperty(AotDetector.AOT_ENABLED, "true");
        else System.clearProperty(AotDetector.AOT_ENABLED);
        String[] args = {"--server.port=0", "--atazan.demo=false", "--atazan.data-dir=" + dir.resolve("data"),
                "--atazan.db.url=" + (external ? url : ""), "--atazan.db.user=" + (external ? TestDatabases.embedded().user() : ""),
                "--atazan.mail.mailbox=" + dir.resolve("mailbox"), "--atazan.record.key-dir=" + dir.resolve("key")};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return AtazanApplication.start(all);
    }

    /**
     * Beans only a start at run time on the test classpath has: the test probes (components among the test
     * classes), the OAuth2 authorization server (a test dependency, standing in for the national identity)
     * with what it brings, and the scan's own metadata cache. The build's AOT processing saw the
     * application's classpath, as the jar does.
     */
    static final Set<String> TEST_CLASSPATH_ONLY = Set.of("charterEventsProbe", "recordProbe",
            "authorizationServerSettings", "jwkSource", "jwtDecoder",
            "org.springdoc.core.configuration.SpringDocSecurityConfiguration$SpringDocSecurityOAuth2Configuration",
            "org.springframework.boot.autoconfigure.internalCachingMetadataReaderFactory");

    static TreeSet<String> beans(ConfigurableApplicationContext context) {
        TreeSet<String> names = new TreeSet<>(Arrays.asList(context.getBeanFactory().getBeanDefinitionNames()));
        // The annotation processors that read the classes at run time: what the AOT context replaces.
        names.removeIf(n -> n.startsWith("org.springframework.context.annotation.internal"));
        names.removeAll(TEST_CLASSPATH_ONLY);
        names.removeIf(n -> n.contains("oauth2.server.authorization") || n.startsWith("spring.security.oauth2.authorizationserver-"));
        return names;
    }

    static int scheduledTasks(ConfigurableApplicationContext context) {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .mapToInt(h -> h.getScheduledTasks().size()).sum();
    }

    @Test
    void theAotStartHasTheBeansOfARunTimeStartAndServes() throws Exception {
        TreeSet<String> aotBeans;
        int aotTasks;
        try (ConfigurableApplicationContext aot = start(true)) {
            assertThat(aot).as("wired from the build's AOT classes").isNotInstanceOf(AnnotationConfigRegistry.class);
            aotBeans = beans(aot);
            aotTasks = scheduledTasks(aot);
            int port = ((WebServerApplicationContext) aot).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[]{"/", "/actuator/health", "/api/openapi"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }
        }
        try (ConfigurableApplicationContext runTime = start(false)) {
            assertThat(runTime).isInstanceOf(AnnotationConfigRegistry.class);
            assertThat(aotBeans).as("the AOT context's beans").isEqualTo(beans(runTime));
            assertThat(aotTasks).as("scheduled tasks").isPositive().isEqualTo(scheduledTasks(runTime));
        }
    }

    @Test
    void theEmbeddedDatabaseStartsEarlyUnderTheAotContextToo() throws Exception {
        try (ConfigurableApplicationContext aot = start(true, false)) {
            assertThat(aot).isNotInstanceOf(AnnotationConfigRegistry.class);
            assertThat(aot.getBean(EarlyDatabaseStart.BEAN, EarlyDatabaseStart.Started.class).takenOver())
                    .as("the server started by the initializer is the one used").isTrue();
            assertThat(JdbcClient.create(aot.getBean(DataSource.class)).sql("SELECT count(*) FROM flyway_schema_history")
                    .query(Long.class).single()).isPositive();
        }
    }

    @Test
    void anSmtpServerSetAtRunTimeIsUsedThroughARunTimeStart() {
        try (ConfigurableApplicationContext context = start(true, "--spring.mail.host=localhost")) {
            assertThat(context).as("wired at run time").isInstanceOf(AnnotationConfigRegistry.class);
            assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNotNull();
        }
    }
}
