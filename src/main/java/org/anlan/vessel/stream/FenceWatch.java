package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.anlan.vessel.VesselKind;
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
    /** By fence index: bit k set when the fence applies to the vessel kind of ordinal k. */
    private int[] appliesTo;
    /** By fence index: its rules, as an array for the per-fix checks, and each dwell limit's milliseconds. */
    private FenceRule[][] rules;
    private long[][] dwellLimits;

    FenceWatch(FenceSet fences, PipelineSettings.Debounce debounce) {
        this.debounce = debounce;
        this.minDurationMillis = debounce.minDuration().toMillis();
        use(fences);
    }

    private void use(FenceSet set) {
        fences = set;
        appliesTo = new int[set.size()];
        rules = new FenceRule[set.size()][];
        dwellLimits = new long[set.size()][];
        for (int i = 0; i < set.size(); i++) {
            Fence fence = set.fence(i);
            for (VesselKind kind : VesselKind.values()) {
                if (fence.appliesTo(kind)) {
                    appliesTo[i] |= 1 << kind.ordinal();
                }
            }
            rules[i] = fence.rules().toArray(FenceRule[]::new);
            dwellLimits[i] = new long[rules[i].length];
            for (int r = 0; r < rules[i].length; r++) {
                if (rules[i][r] instanceof FenceRule.DwellLimit dwell) {
                    dwellLimits[i][r] = dwell.maximum().toMillis();
                }
            }
        }
    }

    private boolean applies(int fence, VesselKind kind) {
        return (appliesTo[fence] & 1 << kind.ordinal()) != 0;
    }

    FenceSet fences() {
        return fences;
    }

    /** Re-points every stay to the same fence (by id) in the new set; stays of removed fences end silently. */
    void replace(FenceSet next, Iterable<Track> tracks) {
        FenceSet previous = fences;
        use(next);
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
            if (applies(fence, track.kind) && !hasStay(stays, fence)) {
                stays.add(new FenceStay(fence));
            }
        }
        for (int i = stays.size() - 1; i >= 0; i--) {
            FenceStay stay = stays.get(i);
            boolean inside = hits.contains(stay.fence) && applies(stay.fence, track.kind);
            step(track, stay, inside, lat, lon, sog, time, out);
            if (!stay.inside && stay.pendingFixes == 0) {
                stays.remove(i);
            }
        }
    }

    private void step(Track track, FenceStay stay, boolean inside, double lat, double lon, double sog, long time,
            List<Alarm> out) {
        if (inside == stay.inside) {
            stay.pendingFixes = 0;
            if (inside) {
                checkRules(track, stay, lat, lon, sog, time, out);
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
        Fence fence = fences.fence(stay.fence);
        if (inside) {
            stay.enteredAt = stay.pendingSince;
            stay.speeding = false;
            stay.dwellReported = false;
            FenceRule noEntry = rule(fence, FenceRule.NoEntry.class);
            out.add(alarm(noEntry == null ? FenceAlarm.Type.ENTER : FenceAlarm.Type.VIOLATION, track, time, lat, lon,
                    fence, noEntry));
            checkRules(track, stay, lat, lon, sog, time, out);
        } else {
            FenceRule noExit = rule(fence, FenceRule.NoExit.class);
            out.add(alarm(noExit == null ? FenceAlarm.Type.EXIT : FenceAlarm.Type.VIOLATION, track, time, lat, lon,
                    fence, noExit));
        }
    }

    private void checkRules(Track track, FenceStay stay, double lat, double lon, double sog, long time,
            List<Alarm> out) {
        FenceRule[] fenceRules = rules[stay.fence];
        long[] dwellMillis = dwellLimits[stay.fence];
        for (int i = 0; i < fenceRules.length; i++) {
            FenceRule rule = fenceRules[i];
            if (rule instanceof FenceRule.SpeedLimit limit && !Double.isNaN(sog)) {
                boolean speeding = sog > limit.knots();
                if (speeding && !stay.speeding) {
                    out.add(alarm(FenceAlarm.Type.VIOLATION, track, time, lat, lon, fences.fence(stay.fence), rule));
                }
                stay.speeding = speeding;
            } else if (rule instanceof FenceRule.DwellLimit && !stay.dwellReported
                    && time - stay.enteredAt > dwellMillis[i]) {
                stay.dwellReported = true;
                out.add(alarm(FenceAlarm.Type.VIOLATION, track, time, lat, lon, fences.fence(stay.fence), rule));
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
        for (int i = 0; i < stays.size(); i++) {
            if (stays.get(i).fence == fence) {
                return true;
            }
        }
        return false;
    }
}
