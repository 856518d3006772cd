package org.anlan.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL cannot stop its PostgreSQL: the postmaster keeps running and holds the
 * data folder. Before starting we stop such an orphan (it has no live owner by then).
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static Optional<ProcessHandle> postmasterPid(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
        try {
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void stopIfRunning(Path pgData) throws IOException {
        Optional<ProcessHandle> orphan = postmasterPid(pgData);
        if (orphan.isEmpty()) {
            Files.deleteIfExists(pgData.resolve("postmaster.pid"));
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("Stopping PostgreSQL {} left running by a previous Anlan process in {}", postmaster.pid(), pgData);
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notStoppedInTime) {
            postmaster.destroyForcibly();
        }
        Files.deleteIfExists(pgData.resolve("postmaster.pid"));
    }
}
