package org.anlan.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.anlan.county.CountyGeography;
import org.anlan.county.Township;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.Role;
import org.anlan.warning.Warning;
import org.anlan.warning.WarningDesk;
import org.anlan.warning.WarningDissemination;
import org.anlan.warning.WarningDraft;
import org.anlan.warning.smpp.DeliveryReceipt;
import org.anlan.warning.smpp.LoopbackSmsc;
import org.anlan.warning.smpp.SmppClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code bench fanout}: starts the platform on a throw-away embedded database with its loopback SMSC (SMPP 3.4),
 * broadcast and push servers, issues one warning to every township (the demo population, 560,000 people) and
 * measures the time until every recipient's delivery receipt is stored. Beside it, in the same run, the
 * straightforward way: one SMPP session, one submit at a time (no window), each outcome written by its own
 * single-row UPDATE, timed on a sample and extrapolated.
 */
final class FanoutBenchmark {

    private FanoutBenchmark() {
    }

    static int run(Class<?> application, List<String> args, PrintStream out, PrintStream err) throws Exception {
        int sample = IntakeBenchmark.intOption(args, "--baseline", 5_000);
        int timeout = IntakeBenchmark.intOption(args, "--seconds", 300);
        out.printf("Starting Anlan on a temporary embedded PostgreSQL with loopback gateways...%n");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(application).logStartupInfo(false).run(
                "--server.port=0", "--anlan.db.data-dir=temp", "--anlan.mode=demo", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            WarningDesk desk = app.getBean(WarningDesk.class);
            WarningDissemination dissemination = app.getBean(WarningDissemination.class);
            List<String> townships = app.getBean(CountyGeography.class).townships().stream().map(Township::code).toList();

            signIn("bench-duty", Role.DUTY_OFFICER);
            Warning draft = desk.draft(new WarningDraft("RAINSTORM", "RED", townships, List.of(), null, null,
                    "全县性特大暴雨（基准测试）", null, null, null));
            desk.submit(draft.id());
            signIn("bench-commander", Role.COMMANDER);
            out.printf("Fan-out: one warning to %d townships...%n", townships.size());
            long started = System.nanoTime();
            desk.approve(draft.id());
            WarningDissemination.DeliveryProgress progress = dissemination.progress(draft.id());
            long deadline = started + TimeUnit.SECONDS.toNanos(timeout);
            while (!progress.complete() && System.nanoTime() < deadline) {
                Thread.sleep(250);
                progress = dissemination.progress(draft.id());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!progress.complete()) {
                err.printf("error: delivery not complete after %d s: %d of %d%n", timeout, progress.delivered(), progress.total());
                return 1;
            }
            long people = progress.people();
            long peopleReached = progress.peopleReached();
            out.printf("Baseline: one submit at a time, single-row updates, %,d messages...%n", sample);
            double baselineRate = baseline(app.getBean(DataSource.class), sample);

            out.println();
            out.printf("fan-out: %,d recipients (%,d people by SMS, terminals and officials) delivered with receipts in %.1f s"
                    + " = %,.0f deliveries/s   [target < 60 s: %s]%n", progress.delivered(), peopleReached, seconds,
                    progress.delivered() / seconds, seconds < 60 ? "met" : "missed");
            out.printf("checked: %,d of %,d people reached, every channel complete%n", peopleReached, people);
            out.printf("baseline (window 1, one update per message): %,.0f deliveries/s -> %,.0f s for the same fan-out%n",
                    baselineRate, progress.delivered() / baselineRate);
            out.printf("ratio fan-out / baseline: %.1f%n", (progress.delivered() / seconds) / baselineRate);
            return peopleReached == people ? 0 : 1;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The straightforward sender, measured against its own loopback SMSC and the same database. */
    private static double baseline(DataSource dataSource, int messages) throws Exception {
        try (LoopbackSmsc smsc = new LoopbackSmsc("base", "base");
             Connection db = dataSource.getConnection()) {
            db.setAutoCommit(true);
            db.createStatement().execute("CREATE TABLE bench_fanout_baseline (seq INT PRIMARY KEY, status TEXT NOT NULL, "
                    + "message_id TEXT)");
            db.createStatement().execute("INSERT INTO bench_fanout_baseline SELECT g, 'PENDING' FROM generate_series(1, "
                    + messages + ") g");
            BlockingQueue<DeliveryReceipt> receipts = new ArrayBlockingQueue<>(16);
            String text = "【象山县应急管理局】象山县应急管理局发布暴雨红色预警[Ⅰ级/特别严重]：全县3小时内降雨量将达100毫米以上。";
            long started = System.nanoTime();
            try (SmppClient client = SmppClient.bind("127.0.0.1", smsc.port(), "base", "base", 1, receipts::add);
                 PreparedStatement submitted = db.prepareStatement(
                         "UPDATE bench_fanout_baseline SET status = 'SUBMITTED', message_id = ? WHERE seq = ?");
                 PreparedStatement delivered = db.prepareStatement(
                         "UPDATE bench_fanout_baseline SET status = 'DELIVERED' WHERE message_id = ?")) {
                for (int i = 1; i <= messages; i++) {
                    String id = client.submit("12379", "8619" + String.format("%09d", i), text, true).get();
                    submitted.setString(1, id);
                    submitted.setInt(2, i);
                    submitted.executeUpdate();
                    DeliveryReceipt receipt = receipts.poll(10, TimeUnit.SECONDS);
                    if (receipt == null) {
                        throw new IllegalStateException("baseline: no receipt for message " + i);
                    }
                    delivered.setString(1, receipt.messageId());
                    delivered.executeUpdate();
                    receipt.acknowledge().run();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            var count = db.createStatement().executeQuery("SELECT count(*) FROM bench_fanout_baseline WHERE status = 'DELIVERED'");
            count.next();
            if (count.getInt(1) != messages) {
                throw new IllegalStateException("baseline delivered " + count.getInt(1) + " of " + messages);
            }
            return messages / seconds;
        }
    }

    private static void signIn(String name, Role role) {
        var actor = new Actor(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name, name, role, null, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }

}
