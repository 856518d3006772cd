package org.anlan.cli;

import java.io.PrintStream;
import java.util.List;
import org.anlan.risk.RiskMapBenchmark;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench riskmap}: the platform without its web tier on a throw-away embedded database, a synthetic county
 * bulk-loaded into it, and the four-colour map timed against its baselines ({@link RiskMapBenchmark}).
 */
final class RiskMapBenchCommand {

    private RiskMapBenchCommand() {
    }

    static int run(Class<?> application, List<String> args, PrintStream out) throws Exception {
        int enterprises = IntakeBenchmark.intOption(args, "--enterprises", 20_000);
        int points = IntakeBenchmark.intOption(args, "--points", 200_000);
        int hazards = IntakeBenchmark.intOption(args, "--hazards", 50_000);
        int changes = IntakeBenchmark.intOption(args, "--changes", 200);
        if (enterprises < 1 || points < 1 || hazards < 0 || changes < 1) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        out.printf("Starting Anlan (no web tier) on a temporary embedded PostgreSQL...%n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--anlan.db.data-dir=temp", "--anlan.mode=demo", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--anlan.risk.map-rebuild=PT24H")) {
            RiskMapBenchmark.Result result = app.getBean(RiskMapBenchmark.class).run(enterprises, points, hazards,
                    changes, out);
            return result.mapsEqual() ? 0 : 1;
        }
    }
}
