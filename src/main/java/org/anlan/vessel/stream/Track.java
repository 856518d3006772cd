package org.anlan.vessel.stream;

import java.util.Arrays;
import org.anlan.vessel.RiskLevel;
import org.anlan.vessel.VesselKind;

/** What the pipeline remembers of one vessel: recent report fingerprints, fence stays, last fix. */
final class Track {

    private static final int RECENT = 4;

    final long mmsi;
    /** Kind from the vessel's last AIS static report, or null. */
    VesselKind reportedKind;
    VesselKind kind = VesselKind.OTHER;
    /**
     * The fences the vessel is in or may be about to enter, {@link FenceStay#STRIDE} longs each in one array that
     * the track reaches in one step (a list of stay objects cost two more dependent cache misses per fix at
     * thousands of vessels); read and changed through a {@link FenceStay} view.
     */
    long[] stays = new long[2 * FenceStay.STRIDE];
    int stayCount;

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
    /** The kind (ordinal) of the cell's block the vessel is in, and where its entry there starts. */
    int blockKind;
    int entryAt;

    /**
     * The replayed block ({@link FixBlock#resolveTracks}) that last met the vessel, the vessel's number there (in
     * order of its first entry), and the time of its latest fresh fix as of the entry being de-duplicated there.
     */
    long blockStamp;
    int blockVessel;
    long latestFreshMillis;

    /** The replayed block whose collision watch ({@link BlockCollisionWatch}) last met the vessel, and its index there. */
    long watchStamp;
    int watchIndex;

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
    /**
     * A 16-bit summary of each of the recent fingerprints, in the track itself: a fix whose summary matches none
     * is no repeat, found without reading {@link #recent} (a cache miss per fix at thousands of vessels).
     */
    long recentSummaries;

    Track(long mmsi) {
        this.mmsi = mmsi;
    }

    /**
     * True when the fingerprint equals one of the last reports seen within {@code windowMillis}; otherwise
     * remembers it.
     */
    boolean duplicate(long a, long b, long c, long timeMillis, long windowMillis) {
        long summary = summary(a, b, c);
        for (int i = 0; i < RECENT; i++) {
            if ((recentSummaries >>> 16 * i & 0xffff) != summary) {
                continue;
            }
            int at = i * 4;
            if (recent[at] == a && recent[at + 1] == b && recent[at + 2] == c && recent[at + 3] != Long.MIN_VALUE
                    && timeMillis - recent[at + 3] <= windowMillis && timeMillis >= recent[at + 3]) {
                return true;
            }
        }
        int at = nextRecent * 4;
        recent[at] = a;
        recent[at + 1] = b;
        recent[at + 2] = c;
        recent[at + 3] = timeMillis;
        recentSummaries = recentSummaries & ~(0xffffL << 16 * nextRecent) | summary << 16 * nextRecent;
        nextRecent = (nextRecent + 1) % RECENT;
        return false;
    }

    /** Sets the summaries of {@link #recent} after it was filled from elsewhere. */
    void summariseRecent() {
        recentSummaries = 0;
        for (int i = 0; i < RECENT; i++) {
            recentSummaries |= summary(recent[i * 4], recent[i * 4 + 1], recent[i * 4 + 2]) << 16 * i;
        }
    }

    private static long summary(long a, long b, long c) {
        long h = (a * 0x9E3779B97F4A7C15L + b) * 0x9E3779B97F4A7C15L + c;
        h *= 0x9E3779B97F4A7C15L;
        return h >>> 48;
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

    /** Adds a stay in the fence (outside so far, nothing pending) after the others; returns its index. */
    int addStay(int fence) {
        int at = stayCount * FenceStay.STRIDE;
        if (at == stays.length) {
            stays = Arrays.copyOf(stays, 2 * at);
        }
        Arrays.fill(stays, at, at + FenceStay.STRIDE, 0);
        stays[at] = fence;
        return stayCount++;
    }

    /** Removes stay i, the later ones moving up one place. */
    void removeStay(int i) {
        int at = i * FenceStay.STRIDE;
        System.arraycopy(stays, at + FenceStay.STRIDE, stays, at, (stayCount - i - 1) * FenceStay.STRIDE);
        stayCount--;
    }

    boolean hasStayIn(int fence) {
        for (int at = 0; at < stayCount * FenceStay.STRIDE; at += FenceStay.STRIDE) {
            if (stays[at] == fence) {
                return true;
            }
        }
        return false;
    }

    /**
     * A view of one of a track's fence stays (the vessel is in the fence, or may be about to enter or leave it):
     * reusable, valid until the track's stays are added to or removed from.
     */
    static final class FenceStay {
        static final int STRIDE = 4;
        private static final long INSIDE = 1;
        private static final long SPEEDING = 2;
        private static final long DWELL_REPORTED = 4;
        private static final int FLAG_BITS = 3;

        private long[] values;
        /** fence; flags and pending fixes; pending since; entered at. */
        private int at;

        FenceStay of(Track track, int i) {
            values = track.stays;
            at = i * STRIDE;
            return this;
        }

        int fence() {
            return (int) values[at];
        }

        void fence(int fence) {
            values[at] = fence;
        }

        boolean inside() {
            return flag(INSIDE);
        }

        void inside(boolean inside) {
            flag(INSIDE, inside);
        }

        boolean speeding() {
            return flag(SPEEDING);
        }

        void speeding(boolean speeding) {
            flag(SPEEDING, speeding);
        }

        boolean dwellReported() {
            return flag(DWELL_REPORTED);
        }

        void dwellReported(boolean reported) {
            flag(DWELL_REPORTED, reported);
        }

        int pendingFixes() {
            return (int) (values[at + 1] >> FLAG_BITS);
        }

        void pendingFixes(int fixes) {
            values[at + 1] = values[at + 1] & (1 << FLAG_BITS) - 1 | (long) fixes << FLAG_BITS;
        }

        long pendingSince() {
            return values[at + 2];
        }

        void pendingSince(long time) {
            values[at + 2] = time;
        }

        long enteredAt() {
            return values[at + 3];
        }

        void enteredAt(long time) {
            values[at + 3] = time;
        }

        private boolean flag(long flag) {
            return (values[at + 1] & flag) != 0;
        }

        private void flag(long flag, boolean set) {
            values[at + 1] = set ? values[at + 1] | flag : values[at + 1] & ~flag;
        }
    }
}
