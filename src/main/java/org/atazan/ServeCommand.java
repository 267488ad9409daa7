package org.atazan;

import org.atazan.platform.PasswordPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * {@code atazan serve}: starts the web platform. Spring is loaded here and only here, so that the
 * other commands stay fast.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web platform.",
                "Without a database setting it runs an embedded PostgreSQL whose files live under --data."})
public final class ServeCommand implements Callable<Integer> {

    /** Returned by serve so that main does not exit while the server runs. */
    public static final int KEEP_RUNNING = -1;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "data",
            description = "Directory for the embedded database and other files (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--demo", description = "Load the demo data (once; running it again loads nothing twice).")
    boolean demo;

    @Option(names = "--demo-data", defaultValue = "${env:ATAZAN_SHARED_DATA}",
            description = "Where the demo data is read from (default: ../shared/data beside the checkout).")
    Path demoData;

    @Option(names = "--db-url", defaultValue = "${env:ATAZAN_DB_URL}",
            description = "JDBC URL of an external PostgreSQL 15+ (or ATAZAN_DB_URL). Empty: embedded.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:ATAZAN_DB_USER}",
            description = "User for the external database (or ATAZAN_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:ATAZAN_DB_PASSWORD}", arity = "0..1", interactive = false,
            description = "Password for the external database (better: ATAZAN_DB_PASSWORD).")
    String dbPassword;

    @Spec
    CommandSpec spec;

    /** Where settings such as ATAZAN_ADMIN_PASSWORD are read (the process environment; a map in tests). */
    UnaryOperator<String> environment = System::getenv;

    @Override
    public Integer call() {
        // A refused admin password is said before anything starts (the platform would stop on it once started).
        String admin = environment.apply("ATAZAN_ADMIN_PASSWORD");
        if (admin != null && !admin.isEmpty()) {
            var refusal = PasswordPolicy.standard().refusal("admin", admin);
            if (refusal.isPresent()) {
                spec.commandLine().getErr().println("atazan: " + PasswordPolicy.refusedSetting("ATAZAN_ADMIN_PASSWORD", refusal.get())
                        + "; nothing was started");
                return 2;
            }
        }
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--atazan.data-dir=" + data.toAbsolutePath().normalize());
        args.add("--atazan.demo=" + demo);
        // Once ready, the platform asks itself for the pages a visitor opens first (platform.FirstPages).
        args.add("--atazan.first-pages=true");
        // The platform answers at once; the demo sets follow on a thread of their own, and pages say so meanwhile.
        if (demo) args.add("--atazan.demo.background=true");
        if (demoData != null) args.add("--atazan.demo-data=" + demoData.toAbsolutePath().normalize());
        if (dbUrl != null && !dbUrl.isBlank()) {
            args.add("--atazan.db.url=" + dbUrl);
            if (dbUser != null) args.add("--atazan.db.user=" + dbUser);
            if (dbPassword != null) args.add("--atazan.db.password=" + dbPassword);
        }
        try {
            AtazanApplication.start(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring has logged the details; the last line says in words what went wrong.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            Throwable shown = root;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().startsWith("The data directory")) shown = t;
            }
            System.err.println("atazan: the platform did not start: " + shown.getMessage());
            return 1;
        }
        return KEEP_RUNNING;
    }
}
