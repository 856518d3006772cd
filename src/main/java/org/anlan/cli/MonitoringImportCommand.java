package org.anlan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anlan.monitoring.IngestReport;
import org.anlan.monitoring.Monitoring;
import org.anlan.monitoring.ObservationSource;
import org.anlan.monitoring.Rejection;
import org.anlan.platform.error.ApiException;
import org.springframework.stereotype.Component;

/**
 * {@code monitoring import FILE}: observations from a CSV file (any length, sent in batches with the header
 * repeated) or a JSON file (one batch). Valid readings are stored, duplicates skipped, refusals listed.
 */
@Component
class MonitoringImportCommand implements OperatorCommand {

    static final long MAX_JSON_BYTES = 4L << 20;
    private final Monitoring monitoring;

    MonitoringImportCommand(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.MONITORING_IMPORT;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        FileArgument argument = FileArgument.single(arguments, spec(), err);
        if (argument.unusable()) {
            return argument.exitCode();
        }
        Path file = argument.path();
        OperatorActor.signIn();
        int received = 0;
        int stored = 0;
        int duplicates = 0;
        List<Rejection> rejected = new ArrayList<>();
        try {
            List<String> batches = batches(file);
            int offset = 0;
            for (String batch : batches) {
                IngestReport report = monitoring.ingest(batch, ObservationSource.FILE);
                received += report.received();
                stored += report.stored();
                duplicates += report.duplicates();
                for (Rejection r : report.rejected()) {
                    rejected.add(new Rejection(r.line() + offset, r.stationId(), r.code(), r.reason()));
                }
                offset += (int) batch.lines().count() - 1;
            }
        } catch (ApiException e) {
            err.println("error [" + e.code() + "]: " + java.util.Arrays.toString(e.arguments()));
            return 65;
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 74;
        }
        out.printf("%s: %d readings, %d stored, %d already present, %d refused%n", file.getFileName(), received, stored,
                duplicates, rejected.size());
        rejected.stream().limit(50).forEach(r -> err.printf("  line %d (%s): %s %s%n", r.line(), r.stationId(), r.code(),
                r.reason()));
        return rejected.isEmpty() ? 0 : 65;
    }

    /** CSV in batches of at most {@link Monitoring#MAX_BATCH} rows, each with the file's header; JSON whole. */
    private static List<String> batches(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(16);
            int first = reader.read();
            while (first == '\uFEFF' || Character.isWhitespace(first)) {
                first = reader.read();
            }
            reader.reset();
            if (first == '[' || first == '{') {
                if (Files.size(file) > MAX_JSON_BYTES) {
                    throw ApiException.badRequest("OBSERVATIONS_TOO_LARGE", "error.monitoring.tooMany", Monitoring.MAX_BATCH);
                }
                return List.of(Files.readString(file, StandardCharsets.UTF_8));
            }
            String header = reader.readLine();
            header = header == null ? "" : header;
            if (!header.toLowerCase(java.util.Locale.ROOT).contains("observed_at")) {
                header = "station_id,observed_at,value,unit\n" + header;
            }
            List<String> batches = new ArrayList<>();
            StringBuilder batch = new StringBuilder(header).append('\n');
            int rows = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                batch.append(line).append('\n');
                if (++rows == Monitoring.MAX_BATCH) {
                    batches.add(batch.toString());
                    batch = new StringBuilder(header).append('\n');
                    rows = 0;
                }
            }
            if (rows > 0) {
                batches.add(batch.toString());
            }
            return batches;
        }
    }
}
