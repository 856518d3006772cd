package org.anlan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.anlan.platform.error.ApiException;
import org.anlan.shelter.evacuation.EvacuationPlan;
import org.anlan.shelter.evacuation.EvacuationPlanner;
import org.anlan.shelter.evacuation.EvacuationRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evacuate plan --input FILE|-}: the evacuation calculator without a database or server. Reads the JSON
 * request (at most {@link #MAX_INPUT_BYTES}), prints the plan as JSON; a refusal goes to stderr with its code.
 */
final class EvacuatePlanCommand {

    static final int MAX_INPUT_BYTES = 64 * 1024 * 1024;
    static final int DATA_ERROR = 65;
    static final int NO_INPUT = 66;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvacuatePlanCommand() {
    }

    static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
        String input = IntakeBenchmark.stringOption(args, "--input", null);
        if (input == null) {
            err.println("usage: " + CommandSpec.EVACUATE_PLAN.usage());
            return CommandLineLauncher.USAGE_ERROR;
        }
        byte[] body;
        try (InputStream in = input.equals("-") ? stdin : Files.newInputStream(Path.of(input))) {
            body = in.readNBytes(MAX_INPUT_BYTES + 1);
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + input);
            return NO_INPUT;
        }
        if (body.length > MAX_INPUT_BYTES) {
            err.println("error: input larger than " + MAX_INPUT_BYTES + " bytes");
            return DATA_ERROR;
        }
        EvacuationRequest request;
        try {
            request = JSON.readValue(body, EvacuationRequest.class);
        } catch (JacksonException e) {
            err.println("error: malformed JSON: " + e.getOriginalMessage());
            return DATA_ERROR;
        }
        if (request == null) {
            err.println("error: malformed JSON: empty input");
            return DATA_ERROR;
        }
        try {
            EvacuationPlan plan = EvacuationPlanner.plan(request);
            out.println(new String(JSON.writeValueAsBytes(plan), StandardCharsets.UTF_8));
            return 0;
        } catch (ApiException e) {
            err.println("error: " + e.code() + ": " + englishMessage(e));
            return DATA_ERROR;
        }
    }

    /** The refusal in English from the module bundle (the CLI has no Spring message source). */
    static String englishMessage(ApiException e) {
        String module = e.messageKey().split("\\.")[1];
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + module, Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(e.messageKey()), Locale.ENGLISH).format(e.arguments());
        } catch (MissingResourceException missing) {
            return e.messageKey();
        }
    }
}
