package org.anlan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark, the load/verify pair of the durability check (scripts/durability-check.sh), AIS decoding and the
 * typhoon impact of a track file.
 */
final class StandaloneCommands {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private StandaloneCommands() {
    }

    static int run(Class<?> application, CommandSpec spec, List<String> args, PrintStream out, PrintStream err)
            throws Exception {
        return switch (spec) {
            case BENCH_INTAKE -> IntakeBenchmark.run(application, args, out, err);
            case BENCH_RISKMAP -> RiskMapBenchCommand.run(application, args, out);
            case LOAD_REPORTS -> loadReports(args, out);
            case LOAD_VERIFY -> verify(args, out, err);
            case AIS_DECODE -> AisDecodeCommand.run(args, System.in, out, err);
            case TYPHOON_IMPACT -> TyphoonImpactFileCommand.run(args, out, err);
            default -> throw new IllegalArgumentException(spec + " is not standalone");
        };
    }

    private static int loadReports(List<String> args, PrintStream out) throws Exception {
        String url = IntakeBenchmark.stringOption(args, "--url", "http://localhost:8080");
        int clients = IntakeBenchmark.intOption(args, "--clients", 20);
        Duration duration = Duration.ofSeconds(IntakeBenchmark.intOption(args, "--seconds", 10));
        String acked = IntakeBenchmark.stringOption(args, "--acked", null);
        var load = new ReportLoad(url).withServerTypes();
        ReportLoad.Result result;
        if (acked == null) {
            result = load.run(clients, duration, null);
        } else {
            try (BufferedWriter writer = Files.newBufferedWriter(Path.of(acked), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                result = load.run(clients, duration, writer);
            }
        }
        out.printf("acknowledged %d, failed %d, %.0f reports/s%n", result.acknowledged(), result.failed(), result.perSecond());
        return 0;
    }

    private static int verify(List<String> args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        String url = IntakeBenchmark.stringOption(args, "--url", "http://localhost:8080");
        Path acked = Path.of(IntakeBenchmark.stringOption(args, "--acked", "acked.txt"));
        String user = IntakeBenchmark.stringOption(args, "--user", "duty");
        String password = IntakeBenchmark.stringOption(args, "--password", "anlan-demo");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(login.body());
        if (!token.find()) {
            err.println("error: cannot sign in as " + user + " (HTTP " + login.statusCode() + ")");
            return 1;
        }
        List<String> ids = Files.readAllLines(acked).stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        int missing = 0;
        for (String id : ids) {
            int status = http.send(HttpRequest.newBuilder(URI.create(url + "/api/incidents/" + id))
                    .header("Authorization", "Bearer " + token.group(1)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 200) {
                missing++;
                err.println("missing: " + id + " (HTTP " + status + ")");
            }
        }
        out.printf("%d acknowledged reports checked, %d missing%n", ids.size(), missing);
        return missing == 0 ? 0 : 1;
    }
}
