package org.atazan;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the WebJar on the test class path, pinned in the pom) run on the page a browser shows:
 * the accessibility violations it finds, with their impact and the first elements concerned.
 */
public final class Axe {
    private static final String VERSION = "4.6.3";
    private static volatile String source;

    private Axe() {
    }

    /** One rule broken on the page. */
    public record Violation(String id, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + nodes;
        }
    }

    /** Every violation on the page as it is now (all rules of axe's default set). */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact || '', help: v.help,
                      nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};
                  }));
                }, function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });
                """);
        return ((List<Map<String, Object>>) result).stream().map(v -> new Violation((String) v.get("id"),
                (String) v.get("impact"), (String) v.get("help"), (List<String>) v.get("nodes"))).toList();
    }

    /** The serious and critical ones: what must never be on a page. */
    public static List<Violation> seriousOrCritical(WebDriver driver) {
        return violations(driver).stream().filter(v -> v.impact().equals("serious") || v.impact().equals("critical")).toList();
    }

    private static String source() {
        if (source == null) {
            String path = "META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException(path + " is not on the test class path (org.webjars.npm:axe-core)");
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
