package org.anlan;

import org.anlan.cli.CommandLineLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Anlan (安澜): the digital emergency-management platform. One jar serves the web platform
 * ({@code serve}, the default) and the operators' commands ({@code geo import}, {@code audit verify} ...).
 */
@SpringBootApplication
@EnableScheduling
public class AnlanApplication {

    public static void main(String[] args) {
        int exitCode = CommandLineLauncher.launch(AnlanApplication.class, args);
        if (exitCode != CommandLineLauncher.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
