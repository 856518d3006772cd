package org.anlan.vessel.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;

/** What the pipeline remembers of one vessel: recent report fingerprints, fence stays, last fix. */
final class Track {

    private static final int RECENT = 4;

    final long mmsi;
    /** Kind from the vessel's last AIS static report, or null. */
    VesselKind reportedKind;
    VesselKind kind = VesselKind.OTHER;
    final List<FenceStay> stays = new ArrayList<>(2);

    double lat;
    double lon;
    double sog = Double.NaN;
    double cog = Double.NaN;
    long timeMillis = Long.MIN_VALUE;
    /** Velocity over ground in knots east and north, and cos(lat), set with each fix for the collision watch. */
    double east;
    double north;
    double cosLat = 1;
    double tanLatPlusOne = 1;
    /** Neighbourhood grid cell and index in it; {@code cellIndex} is -1 while not in the grid. */
    long cellKey;
    int cellIndex = -1;
    /** The kind (ordinal) of the cell's bucket the vessel is in, and its index there. */
    int bucketKind;
    int bucketIndex;

    /** The vessel's index in its collision neighbourhood's per-vessel arrays, -1 until it has one. */
    int slot = -1;
    /** Watched vessels this one is at some risk tier with (the same pair is listed on both sides), their slots. */
    Track[] partners = new Track[0];
    int[] partnerSlots = new int[0];
    RiskLevel[] partnerLevels = new RiskLevel[0];
    int partnerCount;

    /** The last {@value #RECENT} fingerprints (three longs) and their times, oldest overwritten first. */
    final long[] recent = new long[RECENT * 4];
    int nextRecent;

    Track(long mmsi) {
        this.mmsi = mmsi;
    }

    /**
     * True when the fingerprint equals one of the last reports seen within {@code windowMillis}; otherwise
     * remembers it.
     */
    boolean duplicate(long a, long b, long c, long timeMillis, long windowMillis) {
        for (int i = 0; i < recent.length; i += 4) {
            if (recent[i] == a && recent[i + 1] == b && recent[i + 2] == c && recent[i + 3] != Long.MIN_VALUE
                    && timeMillis - recent[i + 3] <= windowMillis && timeMillis >= recent[i + 3]) {
                return true;
            }
        }
        int at = nextRecent * 4;
        recent[at] = a;
        recent[at + 1] = b;
        recent[at + 2] = c;
        recent[at + 3] = timeMillis;
        nextRecent = (nextRecent + 1) % RECENT;
        return false;
    }

    {
        for (int i = 3; i < RECENT * 4; i += 4) {
            recent[i] = Long.MIN_VALUE;
        }
    }

    /** Records the pair's tier on both sides; NONE forgets the pair. */
    static void setLevel(Track a, Track b, RiskLevel level) {
        a.putPartner(b, level);
        b.putPartner(a, level);
    }

    private void putPartner(Track other, RiskLevel level) {
        for (int i = 0; i < partnerCount; i++) {
            if (partners[i] == other) {
                if (level == RiskLevel.NONE) {
                    partnerCount--;
                    partners[i] = partners[partnerCount];
                    partnerSlots[i] = partnerSlots[partnerCount];
                    partnerLevels[i] = partnerLevels[partnerCount];
                    partners[partnerCount] = null;
                } else {
                    partnerLevels[i] = level;
                }
                return;
            }
        }
        if (level == RiskLevel.NONE) {
            return;
        }
        if (partnerCount == partners.length) {
            partners = Arrays.copyOf(partners, Math.max(4, partnerCount * 2));
            partnerSlots = Arrays.copyOf(partnerSlots, partners.length);
            partnerLevels = Arrays.copyOf(partnerLevels, partners.length);
        }
        partners[partnerCount] = other;
        partnerSlots[partnerCount] = other.slot;
        partnerLevels[partnerCount++] = level;
    }

    boolean hasMotion() {
        return !Double.isNaN(sog) && !Double.isNaN(cog);
    }

    /** One fence the vessel is in, or may be about to enter. */
    static final class FenceStay {
        int fence;
        boolean inside;
        int pendingFixes;
        long pendingSince;
        long enteredAt;
        boolean speeding;
        boolean dwellReported;

        FenceStay(int fence) {
            this.fence = fence;
        }
    }
}
