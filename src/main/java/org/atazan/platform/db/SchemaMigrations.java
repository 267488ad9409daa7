package org.atazan.platform.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings the schema up to date with Flyway before the data source is handed to anyone, unless the database
 * already holds exactly this build's migrations: Flyway's validation of every applied script was about half
 * a second of every restart (the largest single step of it). What "exactly" means is a fingerprint of every
 * file under the migration locations (names and bytes) and of Flyway's version, stored only after Flyway
 * succeeded; a changed, added or removed script, another Flyway, or a failed migration makes the next start
 * run Flyway in full, with its validation. The {@code spring.flyway.*} settings are passed on to Flyway.
 */
final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    /** Kept beside Flyway's history, in the same schema; one row. */
    static final String TABLE = "atazan_schema_fingerprint";

    private SchemaMigrations() {
    }

    /** Migrates unless this build's migrations are the ones the database has; true when Flyway ran. */
    static boolean bringUpToDate(DataSource dataSource, Environment env) {
        Map<String, String> settings = flywaySettings(env);
        String fingerprint = fingerprint(settings.getOrDefault("flyway.locations", "classpath:db/migration"));
        if (fingerprint.equals(stored(dataSource))) {
            log.info("Schema up to date with this build's migrations (fingerprint {}): Flyway not needed", fingerprint.substring(0, 12));
            return false;
        }
        Flyway.configure(SchemaMigrations.class.getClassLoader()).configuration(settings).dataSource(dataSource).load().migrate();
        store(dataSource, fingerprint);
        return true;
    }

    /** Every {@code spring.flyway.x-y} setting as Flyway's own {@code flyway.xY}. */
    static Map<String, String> flywaySettings(Environment env) {
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof ConfigurableEnvironment c) {
            for (var source : c.getPropertySources()) {
                if (!(source instanceof EnumerablePropertySource<?> e)) continue;
                for (String name : e.getPropertyNames()) {
                    String key = name.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
                    if (!key.startsWith("spring.flyway.") || key.equals("spring.flyway.enabled")) continue;
                    String rest = key.substring("spring.flyway.".length());
                    // placeholders.<name> keeps the placeholder's own name
                    String flyway = "flyway." + (rest.startsWith("placeholders.") ? rest : camel(rest));
                    if (!out.containsKey(flyway)) out.put(flyway, env.getProperty(name)); // the first source wins, as in Spring
                }
            }
        }
        return out;
    }

    private static String camel(String kebab) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : kebab.toCharArray()) {
            if (ch == '-' || ch == '.') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }

    /** SHA-256 over Flyway's version and every file under the locations, by path, in path order. */
    static String fingerprint(String locations) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(Flyway.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
            for (String location : locations.split(",")) {
                String path = location.trim().replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
                Resource[] files = resolver.getResources("classpath*:" + path + "/**/*");
                Arrays.sort(files, Comparator.comparing(SchemaMigrations::name));
                for (Resource f : files) {
                    if (!f.isReadable()) continue; // a folder
                    String name = name(f);
                    sha.update(name.substring(name.indexOf(path)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    try (InputStream in = f.getInputStream()) {
                        sha.update(in.readAllBytes());
                    }
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema migrations", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private static String name(Resource r) {
        try {
            return r.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fingerprint of the migrations that last succeeded here, or null (none yet, or no table). */
    static String stored(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, TABLE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) return null;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT fingerprint FROM " + TABLE)) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new FlywayException("Cannot read the schema's fingerprint: " + e.getMessage(), e);
        }
    }

    private static void store(DataSource dataSource, String fingerprint) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (fingerprint text NOT NULL, migrated_at timestamptz NOT NULL DEFAULT now())");
            s.execute("DELETE FROM " + TABLE);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE + " (fingerprint) VALUES (?)")) {
                p.setString(1, fingerprint);
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            // Only the next start's shortcut is lost: it runs Flyway again.
            log.warn("Could not keep the schema's fingerprint: {}", e.getMessage());
        }
    }
}
