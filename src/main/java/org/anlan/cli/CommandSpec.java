package org.anlan.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The commands the jar knows, with the words that name them and their one-line help. */
public enum CommandSpec {
    SERVE(List.of("serve"), "serve [--port N] [--data-dir DIR]",
            "Start the platform (default). Embedded PostgreSQL in DIR (default ./data/pg) unless ANLAN_DB_URL is set."),
    GEO_IMPORT(List.of("geo", "import"), "geo import FILE",
            "Import township boundaries from a GeoJSON FeatureCollection (Polygon/MultiPolygon, matched by code or name)."),
    AUDIT_VERIFY(List.of("audit", "verify"), "audit verify",
            "Check the whole hash chain of the audit trail; names the first broken entry."),
    USER_ADD(List.of("user", "add"), "user add USERNAME --role ROLE [--township CODE] [--name NAME] [--password-stdin]",
            "Create a user. Without --password-stdin a password is generated and printed once."),
    BENCH_INTAKE(List.of("bench", "intake"), "bench intake [--clients 100] [--seconds 10] [--rounds 2] [--warmup 3]",
            "Benchmark durable incident intake over HTTP against plain JDBC inserts into the same database."),
    BENCH_RISKMAP(List.of("bench", "riskmap"),
            "bench riskmap [--enterprises 20000] [--points 200000] [--hazards 50000] [--changes 200]",
            "Benchmark the four-colour risk map (full and one-change incremental) against baselines on a temporary database."),
    LOAD_REPORTS(List.of("load", "reports"), "load reports --url URL [--clients 20] [--seconds 10] [--acked FILE]",
            "Send public reports to a running server; write the id of every acknowledged (201) report to FILE."),
    LOAD_VERIFY(List.of("load", "verify"), "load verify --url URL --acked FILE [--user duty --password anlan-demo]",
            "Check that every incident id in FILE exists on the server (nothing acknowledged was lost)."),
    BENCH_VESSELS(List.of("bench", "vessels"), "bench vessels [--positions 1000000] [--fences 1000] [--postgis JDBC_URL]",
            "Benchmark the vessel position pipeline (decoder, fences, end to end, p99 latency) against JTS/PostGIS baselines."),
    AIS_DECODE(List.of("ais", "decode"), "ais decode [FILE|-]",
            "Decode AIS NMEA (!AIVDM/!AIVDO) to one gpsd-style JSON object per message; counts and rejects on stderr."),
    EVACUATE_PLAN(List.of("evacuate", "plan"), "evacuate plan --input FILE|-",
            "Optimal evacuation allocation (villages → shelters) from JSON; prints assignments, totalCost, unassigned."),
    BENCH_EVACUATION(List.of("bench", "evacuation"), "bench evacuation [--rounds 5] [--large-baseline]",
            "Benchmark evacuation allocation, re-planning and transport plans against JGraphT's min-cost flow."),
    MONITORING_IMPORT(List.of("monitoring", "import"), "monitoring import FILE",
            "Import observations (CSV station_id,observed_at,value[,unit] or JSON); duplicates skipped, refusals listed."),
    BENCH_OBSERVATIONS(List.of("bench", "observations"),
            "bench observations [--readings N] [--mqtt-readings N] [--in-process-only]",
            "Benchmark rule evaluation in process and observation ingest through MQTT, each against a baseline."),
    AIS_REPLAY(List.of("ais", "replay"), "ais replay FILE [--speed N]",
            "Replay a recorded AIS NMEA file into the live picture and alarms (N× real time by tag-block times; 0 = fastest)."),
    TYPHOON_IMPORT(List.of("typhoon", "import"), "typhoon import FILE [--format cma-csv|cma|jma]",
            "Store the best tracks of a CMA (CSV or 66666 text) or JMA bst file; all or nothing."),
    TYPHOON_IMPACT(List.of("typhoon", "impact"),
            "typhoon impact TRACK_ID|--file FILE [--format cma-csv|cma|jma] [--storm N] [--step MIN] [--json [--series]]",
            "Per township: closest approach, entry and exit of the 6/8/10/12-level wind circles, signals. With --file"
                    + " no database is needed."),
    CAP_VALIDATE(List.of("cap", "validate"), "cap validate FILE...",
            "Check CAP 1.1/1.2 messages: one line per problem (FILE: path: reason); exit 0 only when all are valid."),
    BENCH_FANOUT(List.of("bench", "fanout"), "bench fanout [--baseline 5000] [--seconds 300]",
            "Benchmark one warning to the county's 560,000 people through loopback SMPP/broadcast servers against one-at-a-time sending."),
    CAP_EXPORT(List.of("cap", "export"), "cap export --sample",
            "Write the CAP 1.2 message (GB/T 35965.1 profile) of a demo warning to stdout.");

    private final List<String> words;
    private final String usage;
    private final String description;

    CommandSpec(List<String> words, String usage, String description) {
        this.words = words;
        this.usage = usage;
        this.description = description;
    }

    public List<String> words() {
        return words;
    }

    public String usage() {
        return usage;
    }

    public String description() {
        return description;
    }

    /** Commands that start what they need themselves (a server, an HTTP client) instead of an operator context. */
    boolean standalone() {
        return this == BENCH_INTAKE || this == BENCH_RISKMAP || this == LOAD_REPORTS || this == LOAD_VERIFY
                || this == AIS_DECODE || this == EVACUATE_PLAN || this == BENCH_EVACUATION || this == BENCH_VESSELS
                || this == BENCH_OBSERVATIONS || this == CAP_VALIDATE || this == CAP_EXPORT || this == BENCH_FANOUT;
    }

    /** Standalone for this invocation: {@code typhoon impact --file} reads a file instead of the database. */
    boolean standalone(List<String> commandOptions) {
        return standalone() || (this == TYPHOON_IMPACT && commandOptions.contains("--file"));
    }

    /** The command whose words start the given positional arguments, if any. */
    static Optional<CommandSpec> matching(List<String> positional) {
        return Arrays.stream(values())
                .filter(spec -> positional.size() >= spec.words.size()
                        && positional.subList(0, spec.words.size()).equals(spec.words))
                .findFirst();
    }

    static String help() {
        var text = new StringBuilder("Anlan 安澜 — digital emergency-management platform\n\n")
                .append("Usage: java -jar anlan.jar <command> [options]\n\nCommands:\n");
        for (CommandSpec spec : values()) {
            text.append(String.format("  %-40s %s%n", spec.usage, spec.description));
        }
        text.append("\nCommon options:\n")
                .append("  --port N            HTTP port (also server.port), default 8080\n")
                .append("  --data-dir DIR      data folder of the embedded PostgreSQL, default ./data/pg\n")
                .append("  --help              this text\n")
                .append("\nEnvironment: ANLAN_DB_URL / ANLAN_DB_USER / ANLAN_DB_PASSWORD (external PostgreSQL),\n")
                .append("  ANLAN_MODE=production (no demo data), ANLAN_ADMIN_INITIAL_PASSWORD.\n");
        return text.toString();
    }
}
