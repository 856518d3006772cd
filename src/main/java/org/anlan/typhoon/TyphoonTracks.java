package org.anlan.typhoon;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anlan.audit.AuditRecord;
import org.anlan.audit.AuditTrail;
import org.anlan.county.CountyGeography;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.platform.security.Role;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typhoon module's API: stored best tracks, their import (administrators, commanders, duty officers; audited),
 * the impact of a track on every township, and the wind area of a level at a time (for vessel recall and others).
 */
@Service
public class TyphoonTracks {

    private static final Role[] IMPORTERS = {Role.ADMIN, Role.COMMANDER, Role.DUTY_OFFICER};
    private static final int MAX_TRACKS_PER_IMPORT = 200;

    private final Tracks tracks;
    private final CountyGeography county;
    private final AuditTrail audit;
    private final Clock clock;

    TyphoonTracks(Tracks tracks, CountyGeography county, AuditTrail audit, Clock clock) {
        this.tracks = tracks;
        this.county = county;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TrackSummary> tracks() {
        return tracks.all();
    }

    @Transactional(readOnly = true)
    public Optional<StoredTrack> track(TrackId id) {
        return tracks.byId(id.value());
    }

    public StoredTrack requireTrack(TrackId id) {
        return track(id).orElseThrow(() -> ApiException.notFound("TRACK_UNKNOWN", "error.typhoon.unknown", id.toString()));
    }

    /** A track named by its id, or by its number when exactly one stored track has it (e.g. "1909"). */
    @Transactional(readOnly = true)
    public StoredTrack resolve(String idOrNumber) {
        try {
            return requireTrack(new TrackId(UUID.fromString(idOrNumber)));
        } catch (IllegalArgumentException notAnId) {
            List<TrackSummary> matches = tracks.byNumber(idOrNumber);
            if (matches.size() == 1) {
                return requireTrack(matches.get(0).trackId());
            }
            if (matches.isEmpty()) {
                throw ApiException.notFound("TRACK_UNKNOWN", "error.typhoon.unknown", idOrNumber);
            }
            throw ApiException.conflict("TRACK_AMBIGUOUS", "error.typhoon.ambiguous", idOrNumber, matches.size());
        }
    }

    /**
     * Stores every track of a best-track file, all or nothing. A track already stored (same agency, number and first
     * fix) refuses the whole file.
     */
    @Transactional
    public List<TrackSummary> importFile(InputStream in, String sourceName, Optional<TrackFormat> format) throws IOException {
        Actor actor = CurrentActor.require();
        CurrentActor.requireRole(IMPORTERS);
        TrackFiles.TrackFile file;
        try {
            file = TrackFiles.read(in, format);
        } catch (TrackFileException e) {
            throw ApiException.badRequest(e.code(), "error.typhoon.file", e.getMessage());
        }
        List<Track> parsed = file.tracks();
        if (parsed.size() > MAX_TRACKS_PER_IMPORT) {
            throw ApiException.badRequest("TRACK_FILE_TOO_MANY", "error.typhoon.tooMany", parsed.size(), MAX_TRACKS_PER_IMPORT);
        }
        String source = sourceName == null || sourceName.isBlank() ? "upload" : abbreviate(sourceName.strip());
        Instant now = clock.instant();
        List<TrackSummary> imported = new ArrayList<>();
        for (Track track : parsed) {
            if (tracks.exists(track.agency(), track.number(), track.start())) {
                throw ApiException.conflict("TRACK_DUPLICATE", "error.typhoon.duplicate", track.agency(), track.number(),
                        track.start().toString());
            }
            var summary = new TrackSummary(UUID.randomUUID(), track.agency(), track.number(), track.name(), file.format(), source,
                    track.fixes().size(), track.minPressureHpa().isPresent() ? track.minPressureHpa().getAsInt() : null,
                    track.start(), track.end(), now, actor.username());
            tracks.insert(summary, track);
            audit.record(AuditRecord.of("TYPHOON_TRACK_IMPORT", "TyphoonTrack", summary.id().toString())
                    .changing(null, auditSummary(summary)));
            imported.add(summary);
        }
        return imported;
    }

    @Transactional(readOnly = true)
    public TrackImpact impact(TrackId id) {
        return impact(id, ImpactAnalysis.DEFAULT_STEP);
    }

    /** The impact on every township of the county (seats as the county module holds them). */
    @Transactional(readOnly = true)
    public TrackImpact impact(TrackId id, Duration step) {
        Track track = requireTrack(id).track();
        List<TownshipSeat> seats = county.townships().stream()
                .map(t -> new TownshipSeat(t.code(), t.name(), t.seat())).toList();
        try {
            return ImpactAnalysis.analyse(track, CountySeats.fromSeedFile().countyCentre(), seats, step);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("TRACK_STEP_INVALID", "error.typhoon.step", e.getMessage());
        }
    }

    /**
     * The area where mean winds reach {@code level} (Beaufort, GB/T 28591) at {@code at}: a polygon in lon/lat,
     * empty when the level is not reached or {@code at} lies outside the track.
     */
    @Transactional(readOnly = true)
    public Geometry windArea(TrackId id, int level, Instant at) {
        if (level < 1 || level > 17) {
            throw ApiException.badRequest("WIND_LEVEL_INVALID", "error.typhoon.level", level);
        }
        Track track = requireTrack(id).track();
        return TrackInterpolator.at(track, at).map(fix -> WindAreaBuilder.windArea(fix, level))
                .orElseGet(WindAreaBuilder::empty);
    }

    /**
     * The wind areas of {@code level}, widened by {@code bufferKm}, every {@code step} from {@code from} to {@code to}
     * (both included): what a wind circle sweeps over a horizon, read from the stored track once.
     */
    @Transactional(readOnly = true)
    public List<WindAreaAt> windAreas(TrackId id, int level, double bufferKm, Instant from, Instant to, Duration step) {
        if (level < 1 || level > 17) {
            throw ApiException.badRequest("WIND_LEVEL_INVALID", "error.typhoon.level", level);
        }
        if (step.compareTo(TrackInterpolator.MIN_STEP) < 0 || to.isBefore(from)
                || Duration.between(from, to).dividedBy(step) > TrackInterpolator.MAX_POSITIONS) {
            throw new IllegalArgumentException("invalid sweep " + from + "–" + to + " every " + step);
        }
        Track track = requireTrack(id).track();
        List<WindAreaAt> areas = new ArrayList<>();
        for (Instant at = from; !at.isAfter(to); at = at.plus(step)) {
            Instant time = at;
            Geometry area = TrackInterpolator.at(track, time).map(fix -> WindAreaBuilder.windArea(fix, level, bufferKm))
                    .orElseGet(WindAreaBuilder::empty);
            areas.add(new WindAreaAt(time, area));
        }
        return areas;
    }

    /** The interpolated position at {@code at}, empty outside the track. */
    @Transactional(readOnly = true)
    public Optional<TrackFix> positionAt(TrackId id, Instant at) {
        return TrackInterpolator.at(requireTrack(id).track(), at);
    }

    private static String abbreviate(String name) {
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static Map<String, Object> auditSummary(TrackSummary summary) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agency", summary.agency());
        state.put("number", summary.number());
        state.put("name", summary.name());
        state.put("source", summary.sourceName());
        state.put("format", summary.sourceFormat().name());
        state.put("fixes", summary.fixCount());
        state.put("minPressure", summary.minPressureHpa());
        state.put("firstFix", summary.firstFix().toString());
        state.put("lastFix", summary.lastFix().toString());
        return state;
    }
}
