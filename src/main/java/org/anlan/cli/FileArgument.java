package org.anlan.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The FILE argument of an operator command: a regular file that exists, or the reason it is not (printed) and
 * the exit code to return — the usage error, or 66 (sysexits' EX_NOINPUT) when the file is missing.
 */
record FileArgument(Path path, int exitCode) {

    static final int NO_INPUT = 66;

    /** The command's only argument, which must name an existing file. */
    static FileArgument single(List<String> arguments, CommandSpec spec, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("usage: " + spec.usage());
            return new FileArgument(null, CommandLineLauncher.USAGE_ERROR);
        }
        return existing(arguments.get(0), err);
    }

    static FileArgument existing(String argument, PrintStream err) {
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            err.println("error: no such file: " + file);
            return new FileArgument(null, NO_INPUT);
        }
        return new FileArgument(file, 0);
    }

    boolean unusable() {
        return path == null;
    }
}
