package org.anlan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.anlan.warning.CapSamples;
import org.anlan.warning.cap.CapMessages;
import org.anlan.warning.cap.CapProblem;

/**
 * {@code cap validate FILE...}: one line per problem ({@code FILE: path: reason}), exit 0 only when every file is
 * valid CAP 1.1 or 1.2. {@code cap export --sample}: the CAP 1.2 XML of a demo warning on stdout.
 */
final class CapCommand {

    static final int INVALID = 1;

    private CapCommand() {
    }

    static int validate(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: " + CommandSpec.CAP_VALIDATE.usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        boolean allValid = true;
        for (String file : files) {
            List<CapProblem> problems = problems(file);
            for (CapProblem problem : problems) {
                out.println(file + ": " + problem.path() + ": " + problem.reason());
            }
            allValid &= problems.isEmpty();
        }
        return allValid ? 0 : INVALID;
    }

    private static List<CapProblem> problems(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            return List.of(new CapProblem("/", Files.exists(path) ? "not a regular file" : "no such file"));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return CapMessages.check(in).problems();
        } catch (NoSuchFileException e) {
            return List.of(new CapProblem("/", "no such file"));
        } catch (IOException e) {
            return List.of(new CapProblem("/", "cannot read: " + e.getMessage()));
        }
    }

    static int export(List<String> args, PrintStream out, PrintStream err) {
        if (!args.equals(List.of("--sample"))) {
            err.println("usage: " + CommandSpec.CAP_EXPORT.usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        out.print(CapSamples.sampleCap());
        out.flush();
        return 0;
    }
}
