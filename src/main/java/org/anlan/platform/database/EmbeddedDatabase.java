package org.anlan.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one data folder, with the housekeeping a real operator needs:
 * <ul>
 *   <li>a lock file naming the JVM and port that own the server, so a second Anlan process on the same
 *       folder (an operator command while the platform runs) attaches to the running server instead of
 *       starting a rival one;</li>
 *   <li>a postmaster left behind by a killed JVM (kill -9) is stopped before a new one starts;</li>
 *   <li>the special data folder {@code temp} gives a throw-away database, used by tests.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String TEMPORARY = "temp";

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final int port;
    private final OwnerLock lock;
    private final boolean temporary;

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres, int port, OwnerLock lock, boolean temporary) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = port;
        this.lock = lock;
        this.temporary = temporary;
    }

    public static EmbeddedDatabase open(String dataDir) throws IOException {
        boolean temporary = TEMPORARY.equals(dataDir);
        Path root = temporary ? Files.createTempDirectory("anlan-pg-") : EmbeddedPostgresConfiguration.resolve(dataDir);
        Path pgData = temporary ? root.resolve("pg") : root;
        Files.createDirectories(pgData.getParent() == null ? pgData : pgData.getParent());
        Optional<OwnerLock.Owner> liveOwner = OwnerLock.liveOwner(pgData);
        if (liveOwner.isPresent()) {
            log.info("Embedded PostgreSQL in {} is run by Anlan process {}; attaching on port {}",
                    pgData, liveOwner.get().pid(), liveOwner.get().port());
            return new EmbeddedDatabase(pgData, null, liveOwner.get().port(), null, false);
        }
        OrphanedPostmaster.stopIfRunning(pgData);
        int port = freePort();
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .setServerConfig("max_connections", "250")
                // zonky turns both off for speed (-F, synchronous_commit=off); an acknowledged change must
                // survive a crash of the machine, not only of the process
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .start();
        OwnerLock lock = OwnerLock.acquire(pgData, port);
        log.info("Embedded PostgreSQL ready in {} ms (data {}, port {})",
                (System.nanoTime() - started) / 1_000_000, temporary ? "temporary" : pgData, port);
        return new EmbeddedDatabase(temporary ? root : pgData, postgres, port, lock, temporary);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?reWriteBatchedInserts=true";
    }

    public int port() {
        return port;
    }

    public boolean attached() {
        return postgres == null;
    }

    @Override
    public void close() throws IOException {
        if (postgres == null) {
            return;
        }
        postgres.close();
        lock.release();
        if (temporary) {
            deleteRecursively(dataDirectory);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded PostgreSQL", e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The {@code anlan.lock} file beside the data folder: "pid port" of the Anlan process that runs the server. */
    record OwnerLock(Path file) {

        record Owner(long pid, int port) {
        }

        static Path fileFor(Path pgData) {
            return pgData.resolveSibling(pgData.getFileName() + ".anlan-owner");
        }

        static Optional<Owner> liveOwner(Path pgData) throws IOException {
            Path file = fileFor(pgData);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            List<String> parts = List.of(Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\s+"));
            if (parts.size() != 2) {
                return Optional.empty();
            }
            try {
                Owner owner = new Owner(Long.parseLong(parts.get(0)), Integer.parseInt(parts.get(1)));
                boolean alive = owner.pid() != ProcessHandle.current().pid()
                        && ProcessHandle.of(owner.pid()).map(ProcessHandle::isAlive).orElse(false)
                        && OrphanedPostmaster.postmasterPid(pgData).isPresent();
                return alive ? Optional.of(owner) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        static OwnerLock acquire(Path pgData, int port) throws IOException {
            Path file = fileFor(pgData);
            Files.writeString(file, ProcessHandle.current().pid() + " " + port + "\n", StandardCharsets.US_ASCII);
            return new OwnerLock(file);
        }

        void release() throws IOException {
            Files.deleteIfExists(file);
        }
    }
}
