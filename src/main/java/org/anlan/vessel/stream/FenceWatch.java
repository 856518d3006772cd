package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.anlan.vessel.fence.Fence;
import org.anlan.vessel.fence.FenceHits;
import org.anlan.vessel.fence.FenceRule;
import org.anlan.vessel.fence.FenceSet;
import org.anlan.vessel.stream.Track.FenceStay;

/** Turns each fix's raw fence hits into de-bounced crossings and rule violations for one vessel at a time. */
final class FenceWatch {

    private final PipelineSettings.Debounce debounce;
    private final long minDurationMillis;
    private FenceSet fences;

    FenceWatch(FenceSet fences, PipelineSettings.Debounce debounce) {
        this.fences = fences;
        this.debounce = debounce;
        this.minDurationMillis = debounce.minDuration().toMillis();
    }

    FenceSet fences() {
        return fences;
    }

    /** Re-points every stay to the same fence (by id) in the new set; stays of removed fences end silently. */
    void replace(FenceSet next, Iterable<Track> tracks) {
        FenceSet previous = fences;
        fences = next;
        for (Track track : tracks) {
            for (Iterator<FenceStay> stays = track.stays.iterator(); stays.hasNext(); ) {
                FenceStay stay = stays.next();
                int index = next.indexOf(previous.fence(stay.fence).id());
                if (index < 0) {
                    stays.remove();
                } else {
                    stay.fence = index;
                }
            }
        }
    }

    void update(Track track, FenceHits hits, double lat, double lon, double sog, long time, List<Alarm> out) {
        List<FenceStay> stays = track.stays;
        for (int i = 0; i < hits.size(); i++) {
            int fence = hits.get(i);
            if (fences.fence(fence).appliesTo(track.kind) && !hasStay(stays, fence)) {
                stays.add(new FenceStay(fence));
            }
        }
        for (int i = stays.size() - 1; i >= 0; i--) {
            FenceStay stay = stays.get(i);
            boolean inside = hits.contains(stay.fence) && fences.fence(stay.fence).appliesTo(track.kind);
            step(track, stay, inside, lat, lon, sog, time, out);
            if (!stay.inside && stay.pendingFixes == 0) {
                stays.remove(i);
            }
        }
    }

    private void step(Track track, FenceStay stay, boolean inside, double lat, double lon, double sog, long time,
            List<Alarm> out) {
        Fence fence = fences.fence(stay.fence);
        if (inside == stay.inside) {
            stay.pendingFixes = 0;
            if (inside) {
                checkRules(track, stay, fence, lat, lon, sog, time, out);
            }
            return;
        }
        if (debounce.hysteresisMetres() > 0
                && fences.withinMetresOfBoundary(stay.fence, lat, lon, debounce.hysteresisMetres())) {
            return;
        }
        if (stay.pendingFixes == 0) {
            stay.pendingSince = time;
        }
        stay.pendingFixes++;
        if (stay.pendingFixes < debounce.minConsecutiveFixes() || time - stay.pendingSince < minDurationMillis) {
            return;
        }
        stay.inside = inside;
        stay.pendingFixes = 0;
        if (inside) {
            stay.enteredAt = stay.pendingSince;
            stay.speeding = false;
            stay.dwellReported = false;
            FenceRule noEntry = rule(fence, FenceRule.NoEntry.class);
            out.add(alarm(noEntry == null ? FenceAlarm.Type.ENTER : FenceAlarm.Type.VIOLATION, track, time, lat, lon,
                    fence, noEntry));
            checkRules(track, stay, fence, lat, lon, sog, time, out);
        } else {
            FenceRule noExit = rule(fence, FenceRule.NoExit.class);
            out.add(alarm(noExit == null ? FenceAlarm.Type.EXIT : FenceAlarm.Type.VIOLATION, track, time, lat, lon,
                    fence, noExit));
        }
    }

    private static void checkRules(Track track, FenceStay stay, Fence fence, double lat, double lon, double sog,
            long time, List<Alarm> out) {
        for (FenceRule rule : fence.rules()) {
            if (rule instanceof FenceRule.SpeedLimit limit && !Double.isNaN(sog)) {
                boolean speeding = sog > limit.knots();
                if (speeding && !stay.speeding) {
                    out.add(alarm(FenceAlarm.Type.VIOLATION, track, time, lat, lon, fence, rule));
                }
                stay.speeding = speeding;
            } else if (rule instanceof FenceRule.DwellLimit dwell && !stay.dwellReported
                    && time - stay.enteredAt > dwell.maximum().toMillis()) {
                stay.dwellReported = true;
                out.add(alarm(FenceAlarm.Type.VIOLATION, track, time, lat, lon, fence, rule));
            }
        }
    }

    private static FenceAlarm alarm(FenceAlarm.Type type, Track track, long time, double lat, double lon, Fence fence,
            FenceRule rule) {
        return new FenceAlarm(type, track.mmsi, Instant.ofEpochMilli(time), lat, lon, fence, rule);
    }

    private static FenceRule rule(Fence fence, Class<? extends FenceRule> kind) {
        for (FenceRule rule : fence.rules()) {
            if (kind.isInstance(rule)) {
                return rule;
            }
        }
        return null;
    }

    private static boolean hasStay(List<FenceStay> stays, int fence) {
        for (FenceStay stay : stays) {
            if (stay.fence == fence) {
                return true;
            }
        }
        return false;
    }
}
