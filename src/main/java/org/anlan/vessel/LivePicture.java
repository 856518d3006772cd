package org.anlan.vessel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.anlan.geo.GeoPoint;
import org.anlan.geo.PolygonLocator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live picture: the last fix of every registered vessel, whether it lies in a port or anchorage (from the
 * harbour polygons) or at sea, and a downsampled track. Fixes of unregistered MMSIs or terminals are counted and
 * left out. Observers (recall progress, fence alarms) see each stored batch in the same transaction.
 */
@Service
public class LivePicture {

    private final Positions positions;
    private final Harbours harbours;
    private final VesselDirectory directory;
    private final ObjectProvider<PositionObserver> observers;
    private final TrackDownsampler downsampler;
    private final Duration trackRetention;
    private final Clock clock;
    private final AtomicLong unregistered = new AtomicLong();
    private volatile PolygonLocator<String> harbourLocator;

    LivePicture(Positions positions, Harbours harbours, VesselDirectory directory,
                ObjectProvider<PositionObserver> observers, Clock clock,
                @Value("${anlan.vessel.track.max-gap:PT10M}") Duration trackMaxGap,
                @Value("${anlan.vessel.track.min-move-km:1.0}") double trackMinMoveKm,
                @Value("${anlan.vessel.track.retention:P7D}") Duration trackRetention) {
        this.positions = positions;
        this.harbours = harbours;
        this.directory = directory;
        this.observers = observers;
        this.clock = clock;
        this.trackRetention = trackRetention;
        this.downsampler = new TrackDownsampler(trackMaxGap, trackMinMoveKm, 30);
    }

    /** Stores a batch of fixes; returns how many belonged to registered vessels. */
    @Transactional
    public int accept(List<PositionFix> fixes) {
        List<LocatedFix> located = new ArrayList<>(fixes.size());
        for (PositionFix fix : fixes) {
            Optional<VesselDirectory.Entry> vessel = fix.source() == TerminalKind.AIS
                    ? directory.byMmsi(fix.mmsi()) : directory.byBeidou(fix.beidouTerminal());
            if (vessel.isEmpty()) {
                unregistered.incrementAndGet();
                continue;
            }
            String harbour = harbourAt(new GeoPoint(fix.lat(), fix.lon())).orElse(null);
            located.add(new LocatedFix(vessel.get(), new LivePosition(vessel.get().id(), fix.at(), fix.lat(), fix.lon(),
                    fix.sog(), fix.cog(), fix.source(), harbour, null)));
        }
        if (located.isEmpty()) {
            return 0;
        }
        located.sort(Comparator.comparing(f -> f.position().fixedAt()));
        // one row per vessel per batch: the newest wins, as the upsert would decide one by one
        Map<UUID, LivePosition> newest = located.stream().map(LocatedFix::position)
                .collect(Collectors.toMap(LivePosition::vesselId, p -> p, (a, b) -> b, java.util.LinkedHashMap::new));
        positions.upsertAll(List.copyOf(newest.values()));
        positions.insertTrack(located.stream().map(LocatedFix::position).filter(downsampler::keep).toList());
        observers.orderedStream().forEach(observer -> observer.observed(located));
        return located.size();
    }

    public long unregisteredFixes() {
        return unregistered.get();
    }

    @Transactional(readOnly = true)
    public List<LivePosition> positions() {
        return positions.all();
    }

    @Transactional(readOnly = true)
    public Optional<LivePosition> position(UUID vesselId) {
        return positions.of(vesselId);
    }

    @Transactional(readOnly = true)
    public List<LivePosition> track(UUID vesselId, Duration window) {
        return positions.track(vesselId, Instant.now(clock).minus(window));
    }

    @Transactional(readOnly = true)
    public Map<String, Long> countsByState() {
        return positions.countsByState();
    }

    @Transactional
    public int pruneTrack() {
        return positions.pruneTrack(Instant.now(clock).minus(trackRetention));
    }

    /** The port or anchorage whose water area holds the point, if any. */
    Optional<String> harbourAt(GeoPoint point) {
        PolygonLocator<String> locator = harbourLocator;
        if (locator == null) {
            locator = new PolygonLocator<>(harbours.all().stream()
                    .collect(Collectors.toMap(Harbour::code, Harbour::boundary)));
            harbourLocator = locator;
        }
        return locator.containing(point);
    }
}
