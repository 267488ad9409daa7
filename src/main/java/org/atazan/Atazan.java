package org.atazan;

import org.atazan.kernel.TopLevelCommand;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code atazan} command. Only {@code serve} starts Spring; every other command is plain Java so
 * that it answers in about a second. Modules contribute commands from their {@code cli} packages,
 * marked {@link TopLevelCommand}; the launcher lists none of them by name.
 */
@Command(name = "atazan",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Atazan: a constitutional reform run in the open.",
        subcommands = {ServeCommand.class})
public final class Atazan implements Runnable {

    /** Where modules keep their commands: {@code org.atazan.<module>.cli}. */
    static final String COMMANDS = "classpath*:org/atazan/*/cli/*.class";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // serve needs no other command: the modules' commands are not looked for (a scan of the jar).
        int status = (args.length > 0 && args[0].equals("serve") ? serveCommandLine() : commandLine()).execute(args);
        // serve keeps running on its own non-daemon threads; every other command ends here.
        if (status != ServeCommand.KEEP_RUNNING) System.exit(status);
    }

    /** The command line with Atazan's error handling, also used by the CLI tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Atazan());
        for (Class<?> c : moduleCommands()) cl.addSubcommand(c);
        cl.addSubcommand(new CommandLine.HelpCommand());
        return cl.setExecutionExceptionHandler(new BadInputHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The command line of serve alone: the same handling, without the modules' commands. */
    static CommandLine serveCommandLine() {
        return new CommandLine(new Atazan()).setExecutionExceptionHandler(new BadInputHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Every module's top-level commands, in name order so that the help lists them stably. */
    static List<Class<?>> moduleCommands() {
        ClassLoader loader = Atazan.class.getClassLoader();
        List<Class<?>> found = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(loader).getResources(COMMANDS)) {
                String file = r.getFilename();
                if (file == null || file.contains("$")) continue;
                String path = r.getURL().toString();
                int at = path.lastIndexOf("org/atazan/");
                String name = path.substring(at, path.length() - ".class".length()).replace('/', '.');
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnnotationPresent(TopLevelCommand.class) && c.isAnnotationPresent(Command.class)) found.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        found.sort(Comparator.comparing(c -> c.getAnnotation(Command.class).name()));
        return found;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
