package org.atazan.charter.web;

import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * axe-core (the org.webjars.npm:axe-core test dependency, pinned in the pom) run in the page that the
 * browser shows: every rule, and the violations of serious or critical impact returned, with those of
 * the rules that must not fire whatever impact this version of axe gives them.
 */
final class Axe {
    /**
     * A scrolling region the keyboard cannot reach: "moderate" in axe-core 4.6, "serious" from 4.8 on;
     * a charter page must never have one.
     */
    static final java.util.Set<String> NEVER = java.util.Set.of("scrollable-region-focusable");

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** The version of axe-core that runs, for messages. */
    static String version() {
        return property("version");
    }

    private static String property(String key) {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) throw new IllegalStateException("axe-core is not on the test class path (org.webjars.npm:axe-core)");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        String path = "/META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
        try (InputStream in = Axe.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "rule-id (impact): help — first elements" for each serious or critical violation on the page, and each of {@link #NEVER}. */
    static List<String> blockingViolations(ChromeDriver driver) {
        driver.executeScript(SCRIPT);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))
                  .catch(e => done('axe failed: ' + e));""");
        String json = String.valueOf(result);
        if (json.startsWith("axe failed")) throw new IllegalStateException(json);
        List<String> out = new ArrayList<>();
        for (JsonNode v : JsonMapper.builder().build().readTree(json)) {
            String impact = v.get("impact").asString();
            if (impact.equals("serious") || impact.equals("critical") || NEVER.contains(v.get("id").asString())) {
                out.add(v.get("id").asString() + " (" + impact + "): " + v.get("help").asString() + " — " + v.get("nodes"));
            }
        }
        return out;
    }
}
