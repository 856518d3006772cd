package org.anlan.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/** Runs a command-line entry point with standard output and error captured. */
public final class ConsoleCapture {

    public record Captured(int exit, String out, String err) {
    }

    private ConsoleCapture() {
    }

    public static Captured run(IntSupplier command) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = command.getAsInt();
            return new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
