package org.anlan.cli;

import java.io.PrintStream;
import java.util.List;

/** One operator command run inside a non-web Spring context; returns the process exit code. */
public interface OperatorCommand {

    CommandSpec spec();

    int run(List<String> arguments, PrintStream out, PrintStream err);
}
