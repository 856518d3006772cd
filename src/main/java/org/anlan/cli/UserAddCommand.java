package org.anlan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anlan.identity.CreatedUser;
import org.anlan.identity.NewUser;
import org.anlan.identity.UserManagement;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** {@code user add USERNAME --role ROLE [--township CODE] [--name NAME] [--password-stdin]}. */
@Component
class UserAddCommand implements OperatorCommand {

    private final UserManagement users;
    private final MessageSource messages;

    UserAddCommand(UserManagement users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.USER_ADD;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> operands = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        boolean passwordFromStdin = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--password-stdin")) {
                passwordFromStdin = true;
            } else if (argument.startsWith("--") && i + 1 < arguments.size()) {
                options.put(argument, arguments.get(++i));
            } else {
                operands.add(argument);
            }
        }
        if (operands.size() != 1 || !options.containsKey("--role")) {
            err.println("usage: " + spec().usage());
            err.println("roles: " + String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::code).toList()));
            return CommandLineLauncher.USAGE_ERROR;
        }
        Role role = Role.parse(options.get("--role")).orElse(null);
        if (role == null) {
            err.println("error: unknown role '" + options.get("--role") + "'");
            return CommandLineLauncher.USAGE_ERROR;
        }
        String password = null;
        if (passwordFromStdin) {
            try {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                err.println("error: cannot read the password from standard input");
                return 74;
            }
        }
        OperatorActor.signIn();
        try {
            CreatedUser created = users.create(new NewUser(operands.get(0), options.get("--name"), role,
                    options.get("--township"), null, password));
            out.printf("Created user %s (%s%s).%n", created.user().username(), role.code(),
                    created.user().townshipCode() == null ? "" : ", township " + created.user().townshipCode());
            if (created.generatedPassword() != null) {
                out.println("Initial password (shown once): " + created.generatedPassword());
            }
            return 0;
        } catch (ApiException e) {
            err.println("error [" + e.code() + "]: "
                    + messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), java.util.Locale.ENGLISH));
            return 65;
        }
    }
}
