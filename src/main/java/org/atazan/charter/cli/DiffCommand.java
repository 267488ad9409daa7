package org.atazan.charter.cli;

import org.atazan.charter.CharterText;
import org.atazan.charter.Comparison;
import org.atazan.charter.compare.CharterComparator;
import org.atazan.charter.compare.ComparisonJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code charter diff}: compares two versions of a charter article by article. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions of a charter: unchanged, amended, added, repealed and moved articles.")
final class DiffCommand implements Runnable {
    enum Format { json, text, html }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW")
    Path newFile;

    @Option(names = "--format", defaultValue = "json", description = "json, text or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--patterns", paramLabel = "NAME|PATH", description = "Heading pattern set for both files.")
    String patterns;

    @Override
    public void run() {
        if (sameFile(oldFile, newFile)) {
            throw new org.atazan.charter.CharterInputException(newFile.toString(),
                    "is the same file as OLD: a version compared with itself; give two different versions");
        }
        // The two files are read at once, on two cores; a problem is reported as if read one after the
        // other: the old file's first.
        CompletableFuture<CharterText> reading = CompletableFuture.supplyAsync(() -> CharterFiles.read(oldFile, patterns));
        CharterText neu = null;
        RuntimeException newProblem = null;
        try {
            neu = CharterFiles.read(newFile, patterns);
        } catch (RuntimeException e) {
            newProblem = e;
        }
        CharterText old;
        try {
            old = reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
        if (newProblem != null) throw newProblem;
        Comparison c = CharterComparator.compare(old, neu);
        var out = spec.commandLine().getOut();
        switch (format) {
            // Written directly, not through Jackson: the same characters, without a mapper to build first.
            case json -> out.println(ComparisonJson.of(null, oldFile.toString(), newFile.toString(), c).toIndentedJson());
            case text -> out.print(DiffReports.text(c, oldFile.toString(), newFile.toString()));
            case html -> out.print(DiffReports.html(c, oldFile.toString(), newFile.toString(), neu.title()));
        }
        out.flush();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false; // a missing file is reported by the reader, with its name
        }
    }
}
