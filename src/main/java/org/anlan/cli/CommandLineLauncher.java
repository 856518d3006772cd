package org.anlan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the jar's command line: {@code serve} (the default) starts the web platform and keeps running;
 * every other command runs in a non-web context and returns its exit code.
 */
public final class CommandLineLauncher {

    public static final int KEEP_RUNNING = Integer.MIN_VALUE;
    static final int USAGE_ERROR = 64;

    private CommandLineLauncher() {
    }

    public static int launch(Class<?> application, String[] args) {
        ParsedCommandLine line;
        try {
            line = ParsedCommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("Run with --help for the list of commands.");
            return USAGE_ERROR;
        }
        if (line.helpRequested()) {
            System.out.print(CommandSpec.help());
            return 0;
        }
        Optional<CommandSpec> command = line.command();
        if (command.isEmpty()) {
            System.err.println("error: unknown command '" + String.join(" ", line.positional()) + "'");
            System.err.print(CommandSpec.help());
            return USAGE_ERROR;
        }
        if (command.get() == CommandSpec.SERVE) {
            SpringApplication.run(application, line.springArguments().toArray(String[]::new));
            return KEEP_RUNNING;
        }
        if (command.get().standalone(line.commandOptions())) {
            try {
                return StandaloneCommands.run(application, command.get(), line.commandArguments(command.get()),
                        System.out, System.err);
            } catch (Exception e) {
                System.err.println("error: " + e.getMessage());
                return 70;
            }
        }
        return runOperatorCommand(application, command.get(), line);
    }

    private static int runOperatorCommand(Class<?> application, CommandSpec spec, ParsedCommandLine line) {
        List<String> springArgs = new ArrayList<>(line.springArguments());
        springArgs.add("--spring.main.banner-mode=off");
        springArgs.add("--logging.level.root=WARN");
        springArgs.add("--anlan.cli.command=" + spec.name());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new))) {
            OperatorCommand command = context.getBeansOfType(OperatorCommand.class).values().stream()
                    .filter(candidate -> candidate.spec() == spec)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No implementation of " + spec));
            return command.run(line.commandArguments(spec), System.out, System.err);
        }
    }
}
