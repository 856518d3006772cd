package org.anlan.vessel;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.anlan.platform.error.ApiException;
import org.anlan.platform.security.Actor;
import org.anlan.platform.security.CurrentActor;
import org.anlan.typhoon.StoredTrack;
import org.anlan.typhoon.TyphoonTracks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typhoon recall from a forecast or best track (回港避风 by wind circle): the area a wind level's circle sweeps over a
 * horizon, and for every boat at sea the circle reaches (where it is, or on its course) its own deadline, the time
 * the circle gets there; each boat is assigned a shelter with room that it reaches before its deadline without the
 * circle catching it on the way. The result is an ordinary recall, so progress, acknowledgement and escalation
 * work as for an order. Boats no shelter can take in time stay in the recall, flagged with the reason.
 */
@Service
public class TyphoonRecalls {

    static final int DEFAULT_LEVEL = 6;
    static final int DEFAULT_HORIZON_HOURS = 24;
    static final int MAX_HORIZON_HOURS = 72;
    static final double MAX_BUFFER_KM = 200;

    private final RecallDesk desk;
    private final TyphoonTracks typhoons;
    private final MessageSource messages;
    private final Duration step;

    TyphoonRecalls(RecallDesk desk, TyphoonTracks typhoons, MessageSource messages,
                   @Value("${anlan.vessel.recall.typhoon-step:PT10M}") Duration step) {
        this.desk = desk;
        this.typhoons = typhoons;
        this.messages = messages;
        this.step = step;
    }

    @Transactional
    public Recall issue(TyphoonRecallOrder order) {
        CurrentActor.requireRole(RecallDesk.ISSUERS);
        Actor actor = CurrentActor.require();
        if (order == null || order.track() == null || order.track().isBlank()) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "trackId");
        }
        int level = order.level() == null ? DEFAULT_LEVEL : order.level();
        if (level < 1 || level > 17) {
            throw ApiException.badRequest("WIND_LEVEL_INVALID", "error.vessel.windLevel", level);
        }
        int hours = order.horizonHours() == null ? DEFAULT_HORIZON_HOURS : order.horizonHours();
        if (hours < 1 || hours > MAX_HORIZON_HOURS) {
            throw ApiException.badRequest("RECALL_HORIZON_INVALID", "error.vessel.recallHorizon", MAX_HORIZON_HOURS);
        }
        double buffer = order.bufferKm() == null ? 0.0 : order.bufferKm();
        if (!(buffer >= 0 && buffer <= MAX_BUFFER_KM)) {
            throw ApiException.badRequest("RECALL_BUFFER_INVALID", "error.vessel.recallBuffer", (int) MAX_BUFFER_KM);
        }
        if (order.title() != null && order.title().length() > 200) {
            throw ApiException.badRequest("VESSEL_FIELD_INVALID", "error.vessel.field", "title");
        }
        StoredTrack track = typhoons.resolve(order.track().strip());
        Plan plan = plan(track, level, hours, buffer);
        String title = order.title() == null || order.title().isBlank()
                ? messages.getMessage("vessel.recall.typhoonTitle",
                        new Object[] {track.summary().name(), track.summary().number(), level, hours}, Locale.SIMPLIFIED_CHINESE)
                : order.title().strip();
        Recall recall = new Recall(plan.id(), title, plan.sweep().swept(), plan.deadline(), plan.now(), actor.username(),
                Recall.Origin.TYPHOON, null, new Recall.TyphoonSource(track.summary().id(), level, buffer));
        desk.store(recall, plan.vessels());
        return recall;
    }

    /** What a recall from this track would order now; nothing is stored. */
    record Plan(UUID id, Instant now, WindSweep sweep, List<RecalledVessel> vessels, Instant deadline) {

        long unplaced() {
            return vessels.stream().filter(v -> v.harbourCode() == null).count();
        }
    }

    Plan plan(StoredTrack track, int level, int hours, double buffer) {
        Instant now = desk.now();
        Instant until = now.plus(Duration.ofHours(hours));
        WindSweep sweep = WindSweep.of(typhoons.windAreas(track.summary().trackId(), level, buffer, now, until, step));
        if (sweep.isEmpty()) {
            throw ApiException.conflict("TYPHOON_CIRCLE_ABSENT", "error.vessel.typhoonCircleAbsent",
                    track.summary().name(), level, hours);
        }
        UUID id = UUID.randomUUID();
        List<RecalledVessel> vessels = desk.plan(id, RecallScope.typhoon(sweep), now);
        Instant deadline = vessels.stream().map(RecalledVessel::deadline).max(Comparator.naturalOrder()).orElse(until);
        return new Plan(id, now, sweep, vessels, deadline);
    }
}
