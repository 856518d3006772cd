package org.anlan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jar's arguments split into positional words (command and its operands) and options. The
 * friendly options {@code --port} and {@code --data-dir} become Spring properties; other
 * {@code --name=value} options are passed to Spring unchanged; command options such as
 * {@code --role R} stay with the command.
 */
record ParsedCommandLine(List<String> positional, List<String> springArguments, List<String> commandOptions,
                         boolean helpRequested) {

    private static final Map<String, String> FRIENDLY_OPTIONS = Map.of(
            "--port", "server.port",
            "--data-dir", "anlan.db.data-dir");
    private static final List<String> COMMAND_OPTIONS_WITH_VALUE = List.of("--role", "--township", "--name", "--org",
            "--clients", "--seconds", "--warmup", "--url", "--acked", "--user", "--password", "--enterprises", "--points",
            "--hazards", "--changes", "--file", "--format", "--storm", "--step");
    private static final List<String> COMMAND_FLAGS = List.of("--password-stdin", "--dry-run", "--json", "--series");

    static ParsedCommandLine parse(String[] args) {
        List<String> positional = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        List<String> commandOptions = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("--help") || arg.equals("-h") || (arg.equals("help") && positional.isEmpty())) {
                help = true;
            } else if (FRIENDLY_OPTIONS.containsKey(name) || COMMAND_OPTIONS_WITH_VALUE.contains(name)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                if (FRIENDLY_OPTIONS.containsKey(name)) {
                    if (name.equals("--port") && !value.matches("\\d{1,5}")) {
                        throw new IllegalArgumentException("--port needs a number, got '" + value + "'");
                    }
                    spring.add("--" + FRIENDLY_OPTIONS.get(name) + "=" + value);
                } else {
                    commandOptions.add(name);
                    commandOptions.add(value);
                }
            } else if (COMMAND_FLAGS.contains(arg)) {
                commandOptions.add(arg);
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else {
                positional.add(arg);
            }
        }
        return new ParsedCommandLine(List.copyOf(positional), List.copyOf(spring), List.copyOf(commandOptions), help);
    }

    Optional<CommandSpec> command() {
        if (positional.isEmpty()) {
            return Optional.of(CommandSpec.SERVE);
        }
        return CommandSpec.matching(positional);
    }

    /** Operands after the command words, followed by the command's own options. */
    List<String> commandArguments(CommandSpec spec) {
        List<String> arguments = new ArrayList<>(positional.subList(spec.words().size(), positional.size()));
        arguments.addAll(commandOptions);
        return arguments;
    }
}
