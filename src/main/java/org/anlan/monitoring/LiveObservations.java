package org.anlan.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.anlan.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the live {@link ObservationEngine}. It is rebuilt from the database, never the other way round: at start
 * (the last 24 h of readings replayed, plus the latest instantaneous value of each station) and after a failed
 * write, so the windows always agree with what was committed.
 */
@Component
class LiveObservations {

    private static final Logger log = LoggerFactory.getLogger(LiveObservations.class);

    private final Stations stations;
    private final Observations observations;
    private final RuleSets ruleSets;
    private final Clock clock;
    private final AtomicReference<ObservationEngine> engine = new AtomicReference<>();
    private final Map<String, Station> directory = new ConcurrentHashMap<>();

    private final TransactionTemplate transaction;

    LiveObservations(Stations stations, Observations observations, RuleSets ruleSets, Clock clock,
                     TransactionTemplate transaction) {
        this.stations = stations;
        this.observations = observations;
        this.ruleSets = ruleSets;
        this.clock = clock;
        this.transaction = transaction;
    }

    ObservationEngine engine() {
        ObservationEngine current = engine.get();
        return current != null ? current : rebuild();
    }

    /** Replays the committed readings of the last 24 h into a fresh engine; no crossings are published. */
    synchronized ObservationEngine rebuild() {
        RuleSet rules = transaction.execute(status -> ruleSets.current().orElseGet(this::installDefaults));
        List<Station> all = stations.all();
        all.forEach(s -> directory.put(s.id(), s));
        ObservationEngine fresh = new ObservationEngine(all, rules);
        Instant from = clock.instant().minus(Duration.ofHours(24));
        long[] count = {0};
        observations.latestBefore(from, reading -> fresh.apply(reading, crossing -> { }));
        observations.since(from, reading -> {
            fresh.apply(reading, crossing -> { });
            count[0]++;
        });
        fresh.advanceTo(clock.instant());
        engine.set(fresh);
        log.info("Monitoring state rebuilt from {} readings of the last 24 h (rules v{})", count[0], rules.version());
        return fresh;
    }

    /** A station by id without waiting for the writer (the checks of every channel look stations up here). */
    Station station(String id) {
        return directory.get(id);
    }

    /** A station committed after the engine was built. */
    void added(Station station) {
        directory.put(station.id(), station);
        engine().addStation(station);
    }

    /** Version 1 of the rules, the defaults, on a new database (production included). */
    private RuleSet installDefaults() {
        ruleSets.lock();
        ruleSets.insertIfAbsent(new RuleSet(1, RuleSet.defaults(), "CMA signal tables and provisional county thresholds",
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), AuditTrail.SYSTEM_ACTOR));
        return ruleSets.current().orElseThrow();
    }
}
