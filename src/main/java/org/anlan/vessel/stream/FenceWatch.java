package org.anlan.vessel.stream;

import java.time.Instant;
import java.util.ArrayList;
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
    private final FenceStay view = new FenceStay();
    private final long minDurationMillis;
    private FenceSet fences;
    /** By fence index: bit k set when the fence applies to the vessel kind of ordinal k. */
    private int[] appliesTo;
    /**
     * The rules checked on every fix inside (speed and dwell limits), of all fences in one run of small arrays that
     * stay in cache: fence i's are those from {@code checkedFrom[i]} up to {@code checkedFrom[i + 1]}, in its rule
     * order; per rule its speed limit in knots (NaN for a dwell limit), its dwell limit in milliseconds, the rule.
     */
    private int[] checkedFrom;
    private double[] speedKnots;
    private long[] dwellMillis;
    private FenceRule[] checkedRules;

    FenceWatch(FenceSet fences, PipelineSettings.Debounce debounce) {
        this.debounce = debounce;
        this.minDurationMillis = debounce.minDuration().toMillis();
        use(fences);
    }

    private void use(FenceSet set) {
        fences = set;
        appliesTo = new int[set.size()];
        checkedFrom = new int[set.size() + 1];
        List<FenceRule> checked = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            Fence fence = set.fence(i);
            for (VesselKind kind : VesselKind.values()) {
                if (fence.appliesTo(kind)) {
                    appliesTo[i] |= 1 << kind.ordinal();
                }
            }
            checkedFrom[i] = checked.size();
            for (FenceRule rule : fence.rules()) {
                if (rule instanceof FenceRule.SpeedLimit || rule instanceof FenceRule.DwellLimit) {
                    checked.add(rule);
                }
            }
        }
        checkedFrom[set.size()] = checked.size();
        checkedRules = checked.toArray(FenceRule[]::new);
        speedKnots = new double[checkedRules.length];
        dwellMillis = new long[checkedRules.length];
        for (int j = 0; j < checkedRules.length; j++) {
            speedKnots[j] = checkedRules[j] instanceof FenceRule.SpeedLimit limit ? limit.knots() : Double.NaN;
            dwellMillis[j] = checkedRules[j] instanceof FenceRule.DwellLimit dwell ? dwell.maximum().toMillis() : 0;
        }
    }

    FenceSet fences() {
        return fences;
    }

    /** Re-points every stay to the same fence (by id) in the new set; stays of removed fences end silently. */
    void replace(FenceSet next, Iterable<Track> tracks) {
        FenceSet previous = fences;
        use(next);
        for (Track track : tracks) {
            for (int i = 0; i < track.stayCount; ) {
                FenceStay stay = view.of(track, i);
                int index = next.indexOf(previous.fence(stay.fence()).id());
                if (index < 0) {
                    track.removeStay(i);
                } else {
                    stay.fence(index);
                    i++;
                }
            }
        }
    }

    void update(Track track, FenceHits hits, double lat, double lon, double sog, long time, List<Alarm> out) {
        int kindBit = 1 << track.kind.ordinal();
        for (int i = 0; i < hits.size(); i++) {
            int fence = hits.get(i);
            if ((appliesTo[fence] & kindBit) != 0 && !track.hasStayIn(fence)) {
                track.addStay(fence);
            }
        }
        for (int i = track.stayCount - 1; i >= 0; i--) {
            FenceStay stay = view.of(track, i);
            boolean inside = (appliesTo[stay.fence()] & kindBit) != 0 && hits.contains(stay.fence());
            step(track, stay, inside, lat, lon, sog, time, out);
            if (!stay.inside() && stay.pendingFixes() == 0) {
                track.removeStay(i);
            }
        }
    }

    private void step(Track track, FenceStay stay, boolean inside, double lat, double lon, double sog, long time,
            List<Alarm> out) {
        if (inside == stay.inside()) {
            stay.pendingFixes(0);
            if (inside) {
                checkRules(track, stay, lat, lon, sog, time, out);
            }
            return;
        }
        if (debounce.hysteresisMetres() > 0
                && fences.withinMetresOfBoundary(stay.fence(), lat, lon, debounce.hysteresisMetres())) {
            return;
        }
        if (stay.pendingFixes() == 0) {
            stay.pendingSince(time);
        }
        stay.pendingFixes(stay.pendingFixes() + 1);
        if (stay.pendingFixes() < debounce.minConsecutiveFixes() || time - stay.pendingSince() < minDurationMillis) {
            return;
        }
        stay.inside(inside);
        stay.pendingFixes(0);
        Fence fence = fences.fence(stay.fence());
        if (inside) {
            stay.enteredAt(stay.pendingSince());
            stay.speeding(false);
            stay.dwellReported(false);
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
        for (int j = checkedFrom[stay.fence()], end = checkedFrom[stay.fence() + 1]; j < end; j++) {
            double knots = speedKnots[j];
            if (!Double.isNaN(knots)) {
                if (!Double.isNaN(sog)) {
                    boolean speeding = sog > knots;
                    if (speeding && !stay.speeding()) {
                        out.add(alarm(FenceAlarm.Type.VIOLATION, track, time, lat, lon, fences.fence(stay.fence()),
                                checkedRules[j]));
                    }
                    stay.speeding(speeding);
                }
            } else if (!stay.dwellReported() && time - stay.enteredAt() > dwellMillis[j]) {
                stay.dwellReported(true);
                out.add(alarm(FenceAlarm.Type.VIOLATION, track, time, lat, lon, fences.fence(stay.fence()),
                        checkedRules[j]));
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
}
